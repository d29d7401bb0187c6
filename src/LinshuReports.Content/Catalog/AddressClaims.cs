using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// Decides which file owns an address when several claim it. A working copy (<c>2024-linshu-county-copy.md</c>
/// keeping <c>slug: linshu-county</c>) must never displace the published report, whatever the names sort as:
/// the report already published keeps its address; failing that, the file named after the address
/// (<c>{year}-{slug}.md</c>); failing that, the first by file name. Every other claimant is refused by name.
/// </summary>
public static class AddressClaims
{
    public static IReadOnlyList<Report> Settle(IReadOnlyList<Report> candidates, ReportCatalog? previous, List<ContentProblem> problems)
    {
        var owners = new List<Report>();
        foreach (var claim in candidates.GroupBy(r => r.Url, StringComparer.Ordinal))
        {
            var ranked = claim.OrderBy(r => Rank(r, previous)).ThenBy(r => r.SourcePath, StringComparer.Ordinal).ToList();
            var owner = ranked[0];
            owners.Add(owner);
            foreach (var refused in ranked.Skip(1))
            {
                problems.Add(new ContentProblem(refused.SourcePath, null, ProblemSeverity.Error,
                    $"网址 {owner.Url} 已属于 {owner.SourcePath}，此文件（{refused.SourcePath}）也使用这个网址，因此未发布。若是工作副本，请移出内容文件夹；若是另一篇报告，请改文件名或在前置信息中写一个不同的 slug。"));
            }
        }

        return owners;
    }

    private static int Rank(Report report, ReportCatalog? previous)
    {
        if (previous?.Find(report.Metadata.Year, report.Metadata.Slug)?.SourcePath == report.SourcePath)
        {
            return 0;
        }

        return ReportFileName.TryParse(report.SourcePath, out var year, out var slug) && year == report.Metadata.Year && slug == report.Metadata.Slug ? 1 : 2;
    }
}
