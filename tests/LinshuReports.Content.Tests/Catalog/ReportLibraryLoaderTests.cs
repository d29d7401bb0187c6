using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Catalog;

public sealed class ReportLibraryLoaderTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_AreListedNewestFirst_WithNeighbours()
    {
        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "二〇二二"));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "二〇二四"));
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, title: "二〇二三"));

        var catalog = ReportLibraryLoader.Load(_folder.Path);

        Assert.Equal([2024, 2023, 2022], catalog.Reports.Select(r => r.Metadata.Year));
        var middle = catalog.Find(2023, "linshu-county")!;
        var (newer, older) = catalog.NeighboursOf(middle);
        Assert.Equal(2024, newer!.Metadata.Year);
        Assert.Equal(2022, older!.Metadata.Year);
    }

    [Fact]
    public void BrokenFile_LeavesTheOtherReportsOnline()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid());
        _folder.Write("2024-linshu-county.md", "---\ntitle: 缺少其他字段\n---\n\n正文");

        var catalog = ReportLibraryLoader.Load(_folder.Path);

        var report = Assert.Single(catalog.Reports);
        Assert.Equal(2023, report.Metadata.Year);
        Assert.Contains(catalog.Problems, p => p.Path == "2024-linshu-county.md" && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void FileEditedIntoAMistake_KeepsItsLastGoodVersion()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。"));
        var first = ReportLibraryLoader.Load(_folder.Path);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "# 错误的一级标题"));

        var second = ReportLibraryLoader.Load(_folder.Path, first);

        Assert.Contains("第一版。", Assert.Single(second.Reports).BodyHtml, StringComparison.Ordinal);
        Assert.Contains(second.Problems, p => p.Message.Contains("上一个正确的版本", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoFilesClaimingOneAddress_KeepTheFirstAndNameTheOwner()
    {
        _folder.Write("2023-a.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));
        _folder.Write("2023-b.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));

        var catalog = ReportLibraryLoader.Load(_folder.Path);

        Assert.Equal("2023-a.md", Assert.Single(catalog.Reports).SourcePath);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal("2023-b.md", problem.Path);
        Assert.Contains("2023-a.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffGuide_IsNotAReport()
    {
        _folder.Write("README.md", "# 如何发布报告\n");

        var catalog = ReportLibraryLoader.Load(_folder.Path);

        Assert.Empty(catalog.Reports);
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void MissingFolder_IsAnEmptyCatalog()
    {
        var catalog = ReportLibraryLoader.Load(Path.Combine(_folder.Path, "nowhere"));

        Assert.Empty(catalog.Reports);
    }
}
