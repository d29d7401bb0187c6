using LinshuReports.Content.Parsing;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// Loads every report file in a content folder into a catalog. A file that fails keeps its last good
/// version from the previous catalog, so a clerk's mistake never takes a published report offline.
/// </summary>
public static class ReportLibraryLoader
{
    /// <summary>The staff guide lives beside the reports but is not one.</summary>
    public const string GuideFileName = "README.md";

    public static ReportCatalog Load(string contentRoot, ReportCatalog? previous = null)
    {
        var problems = new List<ContentProblem>();
        var reports = new List<Report>();
        var claimedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var reportLinks = new List<(string Path, MarkdownLink Link)>();

        if (!TryListReportFiles(contentRoot, out var files, out var listingProblem))
        {
            // The folder could not be read at all (removed, or a permission slipped): keep what readers have.
            return new ReportCatalog(previous?.Reports ?? [], [listingProblem]);
        }

        foreach (var file in files)
        {
            var relativePath = Path.GetRelativePath(contentRoot, file).Replace('\\', '/');
            var result = ReadFile(file, relativePath, contentRoot);
            problems.AddRange(result.Problems);
            reportLinks.AddRange(result.ReportLinks.Select(link => (relativePath, link)));

            var report = result.Report ?? LastGoodVersion(previous, relativePath);
            if (report is null)
            {
                continue;
            }

            if (result.Report is null)
            {
                problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Warning,
                    "此文件有错误，网站继续显示它上一个正确的版本。改正后会自动更新。"));
            }

            if (claimedBy.TryGetValue(report.Url, out var owner))
            {
                problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Error,
                    $"网址 {report.Url} 已被 {owner} 使用。请改文件名，或在前置信息中写一个不同的 slug。"));
                continue;
            }

            claimedBy[report.Url] = relativePath;
            reports.Add(report);
        }

        CheckLinksBetweenReports(reportLinks, claimedBy, problems);
        return new ReportCatalog(reports, problems);
    }

    /// <summary>A link to another report can only be checked once every report is loaded.</summary>
    private static void CheckLinksBetweenReports(
        List<(string Path, MarkdownLink Link)> links, Dictionary<string, string> published, List<ContentProblem> problems)
    {
        foreach (var (path, link) in links)
        {
            var target = link.Url.Split('#', '?')[0].TrimEnd('/');
            if (!published.ContainsKey(target))
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    $"链接指向不存在的报告“{target}”。请核对年份和网址名；已发布的报告：{string.Join("、", published.Keys.Order(StringComparer.Ordinal))}。"));
            }
        }
    }

    private static bool TryListReportFiles(string contentRoot, out IReadOnlyList<string> files, out ContentProblem problem)
    {
        problem = null!;
        files = [];
        if (!Directory.Exists(contentRoot))
        {
            return true;
        }

        try
        {
            files = Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.TopDirectoryOnly)
                .Where(f => !string.Equals(Path.GetFileName(f), GuideFileName, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = new ContentProblem(".", null, ProblemSeverity.Error, $"无法读取内容文件夹（{ex.Message}）。网站继续显示已发布的报告。");
            return false;
        }
    }

    private static ReportParseResult ReadFile(string file, string relativePath, string contentRoot)
    {
        try
        {
            var before = (File.GetLastWriteTimeUtc(file), new FileInfo(file).Length);
            var bytes = File.ReadAllBytes(file);
            var after = (File.GetLastWriteTimeUtc(file), new FileInfo(file).Length);
            if (before != after || bytes.Length != after.Length)
            {
                // Still being written: its next change event brings the finished file.
                return new ReportParseResult(null,
                    [new ContentProblem(relativePath, null, ProblemSeverity.Error, "文件正在写入，暂不发布。保存完成后会自动更新。")], []);
            }

            return ReportFileParser.Parse(bytes, relativePath, contentRoot);
        }
        catch (IOException ex)
        {
            return new ReportParseResult(null,
                [new ContentProblem(relativePath, null, ProblemSeverity.Error, $"无法读取文件（{ex.Message}）。请确认文件已保存并关闭后再试。")], []);
        }
        catch (UnauthorizedAccessException)
        {
            return new ReportParseResult(null,
                [new ContentProblem(relativePath, null, ProblemSeverity.Error, "没有读取此文件的权限。请检查文件权限。")], []);
        }
    }

    private static Report? LastGoodVersion(ReportCatalog? previous, string relativePath) =>
        previous?.Reports.FirstOrDefault(r => r.SourcePath == relativePath);
}
