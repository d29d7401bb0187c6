using LinshuReports.Content.Catalog;
using LinshuReports.Content.Links;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Builds a catalog from one read of the content folder. A file that fails, or is still being written,
/// keeps its last good version from the previous catalog, so a clerk's mistake or a slow copy never takes
/// a published report offline and never publishes half a report.
/// </summary>
public static class CatalogLoader
{
    public static ReportCatalog Load(string contentRoot, ReportCatalog? previous = null) =>
        Load(ContentFolderSnapshot.Read(contentRoot), contentRoot, previous, new HashSet<string>());

    /// <param name="unsettled">Files that changed while being read; they are not published yet.</param>
    public static ReportCatalog Load(ContentFolderSnapshot snapshot, string contentRoot, ReportCatalog? previous, IReadOnlySet<string> unsettled)
    {
        if (snapshot.ListingProblem is { } listingProblem)
        {
            // The folder could not be read at all (removed, or a permission slipped): keep what readers have.
            return new ReportCatalog(previous?.Reports ?? [], [listingProblem]);
        }

        var problems = new List<ContentProblem>();
        var candidates = new List<Report>();
        var reportLinks = new List<(string Path, MarkdownLink Link)>();

        foreach (var problem in snapshot.Unreadable)
        {
            problems.Add(problem);
            KeepLastGood(previous, problem.Path, candidates, problems);
        }

        foreach (var file in snapshot.Files)
        {
            if (unsettled.Contains(file.RelativePath))
            {
                problems.Add(new ContentProblem(file.RelativePath, null, ProblemSeverity.Warning, "文件正在写入，暂不发布。保存完成后会自动更新。"));
                KeepLastGood(previous, file.RelativePath, candidates, problems);
                continue;
            }

            var result = ReportFileParser.Parse(file.Bytes, file.RelativePath, contentRoot);
            problems.AddRange(result.Problems);
            reportLinks.AddRange(result.ReportLinks.Select(link => (file.RelativePath, link)));
            if (result.Report is { } report)
            {
                candidates.Add(report);
            }
            else
            {
                KeepLastGood(previous, file.RelativePath, candidates, problems);
            }
        }

        var reports = AddressClaims.Settle(candidates, previous, problems);
        CheckLinksBetweenReports(reportLinks, reports.Select(r => r.Url).ToHashSet(StringComparer.Ordinal), problems);
        return new ReportCatalog(reports, problems);
    }

    private static void KeepLastGood(ReportCatalog? previous, string relativePath, List<Report> candidates, List<ContentProblem> problems)
    {
        if (previous?.Reports.FirstOrDefault(r => r.SourcePath == relativePath) is { } lastGood)
        {
            candidates.Add(lastGood);
            problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Warning,
                "此文件暂不能发布，网站继续显示它上一个正确的版本。改正或保存完成后会自动更新。"));
        }
    }

    /// <summary>A link to another report can only be checked once every report is loaded.</summary>
    private static void CheckLinksBetweenReports(List<(string Path, MarkdownLink Link)> links, HashSet<string> published, List<ContentProblem> problems)
    {
        foreach (var (path, link) in links)
        {
            var target = link.Url.Split('#', '?')[0].TrimEnd('/');
            if (!published.Contains(target))
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    $"链接指向不存在的报告“{target}”。请核对年份和网址名；已发布的报告：{string.Join("、", published.Order(StringComparer.Ordinal))}。"));
            }
        }
    }
}
