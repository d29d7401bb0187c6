using Markdig.Syntax;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Refuses a body of more headings than any report has (a real one has under 100). Each heading is also a line of
/// the contents list, an id and a section, so 100,000 of them in an otherwise small file cost seconds to check and
/// a page of megabytes; refused on the syntax tree, before any of that is built.
/// </summary>
public sealed class HeadingLimit : IReportRule
{
    public const int MaxHeadings = 2_000;

    public RuleStage Stage => RuleStage.Document;

    public bool Check(ReportUnderCheck report)
    {
        var count = 0;
        HeadingBlock? first = null;
        foreach (var heading in report.Document.Descendants<HeadingBlock>())
        {
            if (++count == MaxHeadings + 1)
            {
                first = heading;
            }
        }

        if (first is null)
        {
            return true;
        }

        report.Error(first.Line + 1,
            $"正文有 {count:N0} 个标题，上限是 {MaxHeadings:N0} 个（一份报告通常不到 100 个），这里是第 {MaxHeadings + 1:N0} 个。请检查是否把每一段都写成了标题（行首的 # 号），或误粘贴了大量重复内容。");
        return false;
    }
}
