using System.Text;

namespace LinshuReports.Import;

/// <summary>
/// Turns an old-site report page into a Markdown draft for a clerk to check: the page chrome is
/// dropped and the 公文 numbering typed in the text gives the headings (<see cref="GongwenHeadings"/>).
/// The text itself is never changed.
/// </summary>
public static class ReportImporter
{
    /// <summary>Lines of the old site's page furniture, never part of a report.</summary>
    private static readonly HashSet<string> Chrome =
        ["长者浏览模式", "关闭窗口", "打印本页", "【打印本页】", "【关闭窗口】", "返回顶部", "首页", "无障碍浏览", "分享到："];

    /// <summary>The old site's section names; the first one found on the page becomes the category.</summary>
    private static readonly string[] KnownCategories = ["通知公告", "政府信息公开", "法治政府建设", "政务公开"];

    public static string ToMarkdown(string pageText)
    {
        var lines = OldSitePage.ReadLines(pageText);
        var category = lines.FirstOrDefault(l => KnownCategories.Contains(l)) ?? string.Empty;
        var text = lines.Where(l => !Chrome.Contains(l) && !KnownCategories.Contains(l)).ToList();
        var title = text.FirstOrDefault(l => l.Contains("报告", StringComparison.Ordinal)) ?? text.FirstOrDefault() ?? string.Empty;

        var frontMatter = new DraftFrontMatter
        {
            Title = DraftFrontMatter.OneLine(title),
            Year = DraftFrontMatter.YearIn(title),
            Category = category,
        };
        var markdown = new StringBuilder(frontMatter.ToYaml());

        foreach (var line in text.Where(l => l != title))
        {
            markdown.Append('\n').Append(ToBlock(line)).Append('\n');
        }

        return markdown.ToString();
    }

    private static string ToBlock(string rawLine)
    {
        var line = MarkdownText.Escape(rawLine);
        return GongwenHeadings.LevelOf(rawLine) is { } level ? GongwenHeadings.ToBlock(level, line) : line;
    }
}
