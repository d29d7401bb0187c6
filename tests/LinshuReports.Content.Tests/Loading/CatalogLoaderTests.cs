using LinshuReports.Content.Loading;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

public sealed class CatalogLoaderTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_AreListedNewestFirst_WithNeighbours()
    {
        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "二〇二二"));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "二〇二四"));
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, title: "二〇二三"));

        var catalog = CatalogLoader.Load(_folder.Path);

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

        var catalog = CatalogLoader.Load(_folder.Path);

        var report = Assert.Single(catalog.Reports);
        Assert.Equal(2023, report.Metadata.Year);
        Assert.Contains(catalog.Problems, p => p.Path == "2024-linshu-county.md" && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void FileEditedIntoAMistake_KeepsItsLastGoodVersion()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。"));
        var first = CatalogLoader.Load(_folder.Path);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "# 错误的一级标题"));

        var second = CatalogLoader.Load(_folder.Path, first);

        Assert.Contains("第一版。", Assert.Single(second.Reports).BodyHtml(), StringComparison.Ordinal);
        Assert.Contains(second.Problems, p => p.Message.Contains("上一个正确的版本", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoNewFilesClaimingOneAddress_KeepTheFirstAndNameBoth()
    {
        _folder.Write("2023-a.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));
        _folder.Write("2023-b.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Equal("2023-a.md", Assert.Single(catalog.Reports).SourcePath);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("2023-b.md", problem.Path);
        Assert.Contains("2023-a.md", problem.Message, StringComparison.Ordinal);
        Assert.Contains("/reports/2023/same", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkingCopyThatSortsFirst_NeverDisplacesTheReportNamedForTheAddress()
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "已发布的版本。"));
        _folder.Write("2024-linshu-county-copy.md", ReportMarkdown.Valid(year: 2024, body: "修改中的副本。").Replace("category: 通知公告", "category: 通知公告\nslug: linshu-county", StringComparison.Ordinal));

        var catalog = CatalogLoader.Load(_folder.Path);

        var report = Assert.Single(catalog.Reports);
        Assert.Equal("2024-linshu-county.md", report.SourcePath);
        Assert.Contains("已发布的版本。", report.BodyHtml(), StringComparison.Ordinal);
        var problem = Assert.Single(catalog.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("2024-linshu-county-copy.md", problem.Path);
        Assert.Contains("2024-linshu-county.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReportAlreadyPublished_KeepsItsAddressAgainstANewcomer()
    {
        _folder.Write("2023-b.md", ReportMarkdown.Valid(body: "先发布的。").Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));
        var published = CatalogLoader.Load(_folder.Path);
        _folder.Write("2023-a.md", ReportMarkdown.Valid(body: "后来的。").Replace("category: 通知公告", "category: 通知公告\nslug: same", StringComparison.Ordinal));

        var catalog = CatalogLoader.Load(_folder.Path, published);

        Assert.Equal("2023-b.md", Assert.Single(catalog.Reports).SourcePath);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal("2023-a.md", problem.Path);
        Assert.Contains("2023-b.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolicLinkToAFileOutside_IsRefusedByName()
    {
        using var outside = new TempContentFolder();
        var secret = outside.Write("secret.md", ReportMarkdown.Valid(body: "内容文件夹以外的文件。"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "2023-linshu-county.md"), secret);

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Empty(catalog.Reports);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal("2023-linshu-county.md", problem.Path);
        Assert.Contains("符号链接", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnAttachmentThatIsASymbolicLink_IsRefusedByName(bool linkTheFolder)
    {
        using var outside = new TempContentFolder();
        outside.WriteBytes("chart.png", [0x89, 0x50, 0x4E, 0x47]);
        var folder = Path.Combine(_folder.Path, "2023-linshu-county");
        if (linkTheFolder)
        {
            Directory.CreateSymbolicLink(folder, outside.Path);
        }
        else
        {
            Directory.CreateDirectory(folder);
            File.CreateSymbolicLink(Path.Combine(folder, "chart.png"), Path.Combine(outside.Path, "chart.png"));
        }

        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "![图表](2023-linshu-county/chart.png)"));

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Empty(catalog.Reports);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("2023-linshu-county/chart.png 是符号链接", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public void AReportFileThatIsNotARegularFile_IsRefusedByName_WithoutWaiting_AndTheOthersPublish(string kind)
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
        using var special = SpecialFiles.Make(kind, Path.Combine(_folder.Path, "2023-x.md"));

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Equal("2024-linshu-county.md", Assert.Single(catalog.Reports).SourcePath);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(("2023-x.md", ProblemSeverity.Error), (problem.Path, problem.Severity));
        Assert.StartsWith("此文件不是普通文件（而是命名管道、设备、套接字或文件夹），不予发布", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public void AnAttachmentThatIsNotARegularFile_IsRefusedByName(string kind)
    {
        using var special = SpecialFiles.Make(kind, Path.Combine(_folder.Path, "2023-linshu-county", "a.pdf"));
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "[附件](2023-linshu-county/a.pdf)"));

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Empty(catalog.Reports);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("附件 2023-linshu-county/a.pdf 不是普通文件", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffGuide_IsNotAReport()
    {
        _folder.Write("README.md", "# 如何发布报告\n");

        var catalog = CatalogLoader.Load(_folder.Path);

        Assert.Empty(catalog.Reports);
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void MissingFolder_IsAnEmptyCatalog()
    {
        var catalog = CatalogLoader.Load(Path.Combine(_folder.Path, "nowhere"));

        Assert.Empty(catalog.Reports);
    }
}
