using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.TestSupport;
using LinshuReports.Web.Assets;

namespace LinshuReports.Clerk.Tests.SingleFile;

/// <summary>
/// The one file a clerk is given, run where there is no .NET: it checks, imports, starts a report and previews it,
/// serving the site's own stylesheet, script and pictures from inside itself.
/// </summary>
[Collection(PublishedLinshuGroup.Name)]
public sealed class SingleFileTests(PublishedLinshu linshu) : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void PublishingForLinux_GivesOneFile_DebugSymbolsAside()
    {
        var files = Directory.EnumerateFiles(linshu.Folder).Select(Path.GetFileName).Where(f => Path.GetExtension(f) != ".pdb");

        Assert.Equal(["linshu"], files);
        Assert.Empty(Directory.EnumerateDirectories(linshu.Folder));
    }

    [Fact]
    public async Task Check_RunsWithoutDotnet_AndSpeaksChinese()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023));
        _folder.Write("2024-linshu-county.md", "没有前置信息");

        var (exit, output) = await LinshuProcess.RunAsync(linshu.StartInfo(_folder.Path, "check", "--content", "."));

        Assert.Equal(1, exit);
        Assert.Contains("2024-linshu-county.md:", output, StringComparison.Ordinal);
        Assert.Contains("检查完成：", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithNoFolderNamed_ChecksTheContentFolderBesideTheClerk()
    {
        _folder.Write("content/2024-linshu-county.md", "没有前置信息");

        var (exit, output) = await LinshuProcess.RunAsync(linshu.StartInfo(_folder.Path, "check"));

        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(_folder.Path, "content", "2024-linshu-county.md") + ":", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_RunsWithoutDotnet()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023));

        var (exit, output) = await LinshuProcess.RunAsync(linshu.StartInfo(_folder.Path, "new", "2025", "--content", "."));

        Assert.Equal(0, exit);
        Assert.Contains("新建草稿", output, StringComparison.Ordinal);
        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(_folder.Path, "2025-linshu-county.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RunsWithoutDotnet_WritingTheDraftAndItsPictures()
    {
        _folder.WriteBytes("报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P("一、2025年度推进法治政府建设的主要举措和成效"),
            Docx.P([Docx.R("案件数量："), Docx.Picture(main, Docx.Png, description: "案件数量柱状图")]),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right))));

        var (exit, output) = await LinshuProcess.RunAsync(linshu.StartInfo(_folder.Path, "import", "报告.docx", "--out", "2025-linshu-county.md"));

        Assert.Equal(0, exit);
        Assert.Contains("已导出 1 张图片", output, StringComparison.Ordinal);
        Assert.Contains("## 一、2025年度推进法治政府建设的主要举措和成效", File.ReadAllText(Path.Combine(_folder.Path, "2025-linshu-county.md")), StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_folder.Path, "2025-linshu-county")));
    }

    [Theory]
    [InlineData("css/site.css")]
    [InlineData("js/read-aloud.js")]
    [InlineData("img/cursor-large.png")]
    [InlineData("favicon.ico")]
    public async Task Preview_ServesTheSitesOwnFiles_FromInsideItself_AsTheSiteServesThem(string file)
    {
        _folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025));

        await using var preview = await PreviewProcess.StartAsync(linshu.StartInfo(_folder.Path, "preview", "--content", ".", "--port", "0"));
        Assert.True(preview.Address.Length > 0, preview.Output);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };

        Assert.Contains("预览", await client.GetStringAsync("/reports/2025/linshu-county"), StringComparison.Ordinal);
        Assert.Equal(AsTheSiteServes(file), await client.GetByteArrayAsync("/" + file));
        await preview.StopAsync();
    }

    /// <summary>The file in wwwroot as the site serves it: stylesheets and scripts minified.</summary>
    private static byte[] AsTheSiteServes(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "wwwroot", file);
        return Minifier.For(file) is { } minifier
            ? System.Text.Encoding.UTF8.GetBytes(Minifier.Minify(File.ReadAllText(path), minifier))
            : File.ReadAllBytes(path);
    }
}
