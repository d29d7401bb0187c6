using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Checks the shape of a report body on Markdig's syntax tree, which still knows each block's line:
/// a body must have text, the page's only h1 is the title, and heading levels must not skip.
/// </summary>
public sealed class BodyStructureChecker : IReportRule
{
    public RuleStage Stage => RuleStage.Document;

    public bool Check(ReportUnderCheck report)
    {
        var document = report.Document;
        var blocks = document.Where(b => b is not YamlFrontMatterBlock).ToList();
        if (blocks.Count == 0)
        {
            // Point at the closing "---" of the front matter, after which the text belongs.
            var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
            var line = frontMatter is null ? 1 : frontMatter.Line + frontMatter.Lines.Count + 2;
            report.Error(line, "报告正文是空的。请在前置信息结尾的 --- 之后写上报告全文。");
            return true;
        }

        var previousLevel = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                report.Error(line, "正文中不能有一级标题（# 开头）：页面的一级标题就是前置信息里的 title。请改用 ## 作为各部分的标题。");
            }
            else if (heading.Level > previousLevel + 1)
            {
                report.Error(line,
                    $"标题跳级：上一个标题是 {previousLevel} 级，这里直接用了 {heading.Level} 级（{new string('#', heading.Level)}）。请改用 {new string('#', previousLevel + 1)}，层级要逐级往下。");
            }

            previousLevel = heading.Level;
        }

        return true;
    }
}
