using Microsoft.Extensions.Configuration;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;
using LinshuReports.Clerk.Commands;

namespace LinshuReports.Clerk.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Output) New(params string[] args)
    {
        using var output = new StringWriter();
        var exit = Linshu.Run(["new", .. args], output, output, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Root"] = _folder.Path }).Build());
        return (exit, output.ToString());
    }

    private string Written(string fileName) => File.ReadAllText(Path.Combine(_folder.Path, fileName));

    [Fact]
    public void FromThe2024Report_WritesA2025Draft_WithTheFourPartsToFill()
    {
        _folder.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));

        var (exit, output) = New("2025");

        Assert.Equal(0, exit);
        var draft = ReportMarkdown.Parse(Written("2025-linshu-county.md"), "2025-linshu-county.md");
        var report = Assert.IsType<Report>(draft.Report);
        Assert.Equal(new ReportMetadata("临沭县2025年度法治政府建设报告", 2025, "临沭县人民政府", "通知公告", "linshu-county", Draft: true), report.Metadata with { Changes = null });
        Assert.Equal(
            ["一、2025年度推进法治政府建设的主要举措和成效", "二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
             "三、2025年度推进法治政府建设存在的不足和原因", "四、2026年推进法治政府建设的主要安排"],
            report.Contents.Select(c => c.Text));
        // Every part has its placeholder, and the outline satisfies the regulation's checks.
        Assert.Equal(5, Written("2025-linshu-county.md").Split("（待填写）").Length - 1);
        Assert.Empty(draft.Problems);
        Assert.Contains(Path.Combine(_folder.Path, "2025-linshu-county.md"), output, StringComparison.Ordinal);
        Assert.Contains("下一步", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingFile_IsNeverOverwritten()
    {
        _folder.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));
        _folder.Write("2025-linshu-county.md", "已经写了一半的报告");

        var (exit, output) = New("2025");

        Assert.Equal(1, exit);
        Assert.Equal("已经写了一半的报告", Written("2025-linshu-county.md"));
        Assert.Contains("2025-linshu-county.md: 错误：文件已存在", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SlugPublisherAndCategory_ComeFromTheLatestReport()
    {
        _folder.Write("2022-qingyun-town.md", ReportMarkdown.Valid(year: 2022, title: "青云镇2022年度法治政府建设报告", publisher: "临沭县青云镇人民政府"));
        _folder.Write("2023-qingyun-town.md", ReportMarkdown.Valid(year: 2023, title: "临沭县青云镇2023年度法治政府建设报告", publisher: "临沭县青云镇人民政府").Replace("通知公告", "工作报告", StringComparison.Ordinal));

        var (exit, output) = New("2025", "--content", _folder.Path);

        Assert.Equal(0, exit);
        var metadata = ReportMarkdown.Parse(Written("2025-qingyun-town.md"), "2025-qingyun-town.md").Report!.Metadata;
        Assert.Equal(("临沭县青云镇2025年度法治政府建设报告", "临沭县青云镇人民政府", "工作报告", "qingyun-town"), (metadata.Title, metadata.Publisher, metadata.Category, metadata.Slug));
        Assert.Contains("2023-qingyun-town.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutReports_GetsTheCountysDefaults_AndIsToldSo()
    {
        var (exit, output) = New("2025");

        Assert.Equal(0, exit);
        var metadata = ReportMarkdown.Parse(Written("2025-linshu-county.md"), "2025-linshu-county.md").Report!.Metadata;
        Assert.Equal(("临沭县2025年度法治政府建设报告", "临沭县人民政府", true), (metadata.Title, metadata.Publisher, metadata.Draft));
        Assert.Contains("没有报告", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("二〇二五")]
    [InlineData("2025年")]
    [InlineData("25")]
    public void AYearNotWrittenAsFourDigits_IsRefusedWithTheUsage(string year)
    {
        var (exit, output) = New(year);

        Assert.Equal(2, exit);
        Assert.Contains("用法", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void AMissingFolder_IsNamed()
    {
        var (exit, output) = New("2025", "--content", Path.Combine(_folder.Path, "nowhere"));

        Assert.Equal(1, exit);
        Assert.Contains("内容文件夹不存在", output, StringComparison.Ordinal);
    }
}
