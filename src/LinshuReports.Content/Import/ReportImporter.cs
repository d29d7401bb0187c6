using System.Text;
using System.Text.RegularExpressions;

namespace LinshuReports.Content.Import;

/// <summary>
/// Turns an old-site report page into a Markdown draft for a clerk to check: the page chrome is
/// dropped, 一、 lines become sections (##), and each (一) or （一） paragraph's lead sentence becomes a
/// subsection heading (###) with the rest of the paragraph below it. The text itself is never changed.
/// </summary>
public static partial class ReportImporter
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
        var year = YearInTitle().Match(title) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : (int?)null;

        var frontMatter = new DraftFrontMatter
        {
            Title = DraftFrontMatter.OneLine(title),
            Year = year,
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
        if (SectionNumber().IsMatch(line))
        {
            return "## " + line;
        }

        if (SubsectionNumber().IsMatch(line))
        {
            var split = line.IndexOf('。', StringComparison.Ordinal) + 1;
            return split == 0 || split == line.Length
                ? "### " + line
                : "### " + line[..split] + "\n\n" + line[split..];
        }

        return line;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]+[)）]")]
    private static partial Regex SubsectionNumber();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearInTitle();
}
