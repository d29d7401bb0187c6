using LinshuReports.Content.Model;
using LinshuReports.Content.Links;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Bounds how much larger a report may grow when rendered than its file is. A reference link writes its
/// address once and uses it many times: 20,000 uses of one 3,000-character address is a 60 KB file that
/// renders to gigabytes. Real reports stay within a few times their source.
/// </summary>
public sealed class RenderSizeGuard : IReportRule
{
    /// <summary>Rendered HTML may be this many times the source, plus <see cref="Allowance"/>.</summary>
    public const int MaxGrowth = 8;

    /// <summary>Room for the markup of a short report, whose ratio would otherwise be misleading.</summary>
    public const int Allowance = 1_000_000;

    /// <summary>What one line of the contents list costs besides its text and id: <c>&lt;li&gt;&lt;a href="#"&gt;&lt;/a&gt;&lt;/li&gt;</c> and a sub-list's tags.</summary>
    private const int ContentsEntryMarkup = 60;

    public static int MaxHtmlLength(string source) => (int)Math.Min(int.MaxValue, (long)source.Length * MaxGrowth + Allowance);

    public RuleStage Stage => RuleStage.Document;

    public bool Check(ReportUnderCheck report) =>
        AllowsLinks(report.Links.Select(l => l.Link).ToList(), report.Text, report.Path, report.Problems);

    /// <summary>
    /// Whether the page stays within bounds: the body and the contents list beside it, which repeats every heading
    /// (a file of nothing but headings would otherwise render twice its budget).
    /// </summary>
    public static bool Fits(RenderedBody body, string source) =>
        body.Sections.Sum(s => (long)s.Html.Length) + ContentsLength(body.Contents) <= MaxHtmlLength(source);

    private static long ContentsLength(IReadOnlyList<ContentsEntry> entries) =>
        entries.Sum(e => ContentsEntryMarkup + e.Id.Length + e.Text.Length + ContentsLength(e.Children));

    /// <summary>Checked on the syntax tree, before anything is rendered, so that the line can be named.</summary>
    public static bool AllowsLinks(IReadOnlyList<MarkdownLink> links, string source, string path, List<ContentProblem> problems)
    {
        long total = 0;
        var budget = MaxHtmlLength(source) / 2;
        foreach (var link in links)
        {
            total += link.Url.Length;
            if (total > budget)
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    "链接地址的总长度过大：很多链接重复引用了很长的网址，显示出来的页面会比文件本身大几百倍。请缩短网址，或减少重复的链接。"));
                return false;
            }
        }

        return true;
    }

    public static void RefuseRendering(string path, List<ContentProblem> problems) =>
        problems.Add(new ContentProblem(path, null, ProblemSeverity.Error,
            $"正文显示出来会比文件本身大 {MaxGrowth} 倍以上（例如大量重复的脚注或链接），未发布。请检查是否误粘贴了大量重复内容。"));
}
