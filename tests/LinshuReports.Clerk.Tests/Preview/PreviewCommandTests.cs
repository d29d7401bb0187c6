using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.TestSupport;

namespace LinshuReports.Clerk.Tests.Preview;

/// <summary><c>preview</c> run as a clerk runs it, in a process of its own, asked over HTTP, stopped by a signal as Ctrl+C stops it.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AWordFile_IsImportedWithItsPictures_ServedOnLoopback_MarkedAsADraft_AndRemovedOnStop()
    {
        var docx = _folder.WriteBytes("临沭县2025年度法治政府建设报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P("一、2025年度推进法治政府建设的主要举措和成效"),
            Docx.P([Docx.R("案件数量："), Docx.Picture(main, Docx.Png, description: "案件数量柱状图")]),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right))));

        await using var preview = await PreviewProcess.StartAsync(["preview", docx, "--port", "0"]);

        Assert.StartsWith("http://127.0.0.1:", preview.Address, StringComparison.Ordinal);
        Assert.Contains("识别出", preview.Output, StringComparison.Ordinal);
        Assert.Contains("已导出 1 张图片", preview.Output, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/reports/2025/linshu-county"));
        Assert.Contains("草稿", page.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        var image = page.QuerySelector(".report__body img")!;
        Assert.Equal("案件数量柱状图", image.GetAttribute("alt"));
        Assert.Equal(Docx.Png, await client.GetByteArrayAsync(image.GetAttribute("src")));

        var output = await preview.StopAsync();

        Assert.Contains("临时文件夹已删除", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(preview.Folder));
    }

    [Fact]
    public async Task OneReportFile_IsShownAlone_WithItsAttachments_AndAnEditShows()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023));
        var report = _folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025, body: "## 一、总体情况\n\n![柱状图](2025-linshu-county/chart.png)\n"));
        _folder.WriteBytes("2025-linshu-county/chart.png", Docx.Png);

        await using var preview = await PreviewProcess.StartAsync(["preview", report, "--port", "0"]);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };

        var home = await client.GetStringAsync("/");
        Assert.Contains("/reports/2025/linshu-county", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/reports/2023/linshu-county", home, StringComparison.Ordinal);
        Assert.Contains("<img", await client.GetStringAsync("/reports/2025/linshu-county"), StringComparison.Ordinal);

        File.WriteAllText(report, ReportMarkdown.WithFields("draft: true", year: 2025, body: "## 一、总体情况\n\n改过的正文。\n"), new UTF8Encoding(false));
        await Eventually.TrueAsync(async () => (await client.GetStringAsync("/reports/2025/linshu-county")).Contains("改过的正文。", StringComparison.Ordinal), "the edit to the original did not show in the preview");

        await preview.StopAsync();
        Assert.False(Directory.Exists(preview.Folder));
        Assert.True(File.Exists(report));
    }

    [Fact]
    public async Task AWordFileDroppedOnTheProgram_IsImportedFirst_ThenPreviewed()
    {
        var docx = _folder.WriteBytes("临沭县2025年度法治政府建设报告.docx", Docx.Build([
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P("一、2025年度推进法治政府建设的主要举措和成效"),
            Docx.P("正文。"),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right),
        ]));

        // What Windows runs when a file is dropped on linshu.exe: its path, the only argument.
        await using var preview = await PreviewProcess.StartAsync([docx]);
        Assert.True(preview.Address.Length > 0, preview.Output);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };

        Assert.Contains("识别出", preview.Output, StringComparison.Ordinal);
        Assert.Contains("草稿", (await HtmlPage.GetAsync(client, "/reports/2025/linshu-county")).QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        await preview.StopAsync();
        Assert.False(Directory.Exists(preview.Folder));
    }

    [Fact]
    public async Task ASymlinkedAttachment_IsNotFollowed_AndThePreviewsCheckRefusesItAsCheckDoes()
    {
        var secret = _folder.Write("outside/secret.txt", "不应公开的内容");
        var report = _folder.Write("content/2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025, body: "## 一、总体情况\n\n见[附件](2025-linshu-county/leak.pdf)。\n"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "content", "2025-linshu-county"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "content", "2025-linshu-county", "leak.pdf"), secret);
        var (checkExit, checkOutput) = await LinshuProcess.RunAsync(["check", "--content", Path.Combine(_folder.Path, "content")]);

        await using var preview = await PreviewProcess.StartAsync(["preview", report, "--port", "0"]);
        Assert.True(preview.Address.Length > 0, preview.Output);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };
        var served = await client.GetAsync("/reports/2025/linshu-county/files/leak.pdf");

        Assert.Equal(1, checkExit);
        var refusal = ProblemWith("leak.pdf", checkOutput);
        Assert.Contains("符号链接", refusal, StringComparison.Ordinal);
        Assert.Equal(refusal, ProblemWith("leak.pdf", preview.Output));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.DoesNotContain("不应公开的内容", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(Path.Combine(preview.Folder, "2025-linshu-county", "leak.pdf")).LinkTarget);
        await preview.StopAsync();
        Assert.False(Directory.Exists(preview.Folder));
    }

    [Fact]
    public async Task ALinkLoopAndASubfolder_AreNotCopied_AndThePreviewRuns()
    {
        var report = _folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025, body: "## 一、总体情况\n\n![柱状图](2025-linshu-county/chart.png)\n"));
        _folder.WriteBytes("2025-linshu-county/chart.png", Docx.Png);
        _folder.Write("2025-linshu-county/旧稿/说明.txt", "旧稿");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "2025-linshu-county", "loop"), ".");

        await using var preview = await PreviewProcess.StartAsync(["preview", report, "--port", "0"]);
        Assert.True(preview.Address.Length > 0, preview.Output);
        using var client = new HttpClient { BaseAddress = new Uri(preview.Address) };

        Assert.Equal(Docx.Png, await client.GetByteArrayAsync("/reports/2025/linshu-county/files/chart.png"));
        var copied = Path.Combine(preview.Folder, "2025-linshu-county");
        Assert.Equal(["chart.png", "loop"], Directory.EnumerateFileSystemEntries(copied).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotNull(new DirectoryInfo(Path.Combine(copied, "loop")).LinkTarget);
        Assert.Contains("loop: 符号链接（快捷方式），预览只复制链接本身，不跟随它", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", preview.Output, StringComparison.Ordinal);
        await preview.StopAsync();
        Assert.False(Directory.Exists(preview.Folder));
    }

    [Fact]
    public async Task APipeInTheAttachmentFolder_IsNeverOpened_WhileAnEmptyAttachmentIsCopiedAsCheckAcceptsIt()
    {
        var report = _folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025, body: "[空白表](2025-linshu-county/empty.pdf)"));
        _folder.Write("2025-linshu-county/empty.pdf", string.Empty);
        using var pipe = SpecialFiles.Make(SpecialFiles.Fifo, Path.Combine(_folder.Path, "2025-linshu-county", "pipe.pdf"));

        await using var preview = await PreviewProcess.StartAsync(["preview", report, "--port", "0"]);

        Assert.True(preview.Address.Length > 0, preview.Output);
        Assert.Contains("pipe.pdf: 不是普通文件", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("empty.pdf", preview.Output, StringComparison.Ordinal);
        await preview.StopAsync();
    }

    [Theory]
    [InlineData("2025-linshu-county.md", "这是一个文件夹，不是报告文件")]
    [InlineData("报告.docx", "这是一个文件夹，不是报告文件")]
    [InlineData("link.md", "符号链接")]
    [InlineData("empty.md", "文件是空的")]
    [InlineData("pipe.md", "此文件不是普通文件")]
    public async Task AnOddReportFile_IsRefusedInChinese_BeforeAnythingIsCopied(string name, string message)
    {
        _folder.Write("real.md", ReportMarkdown.Valid());
        _folder.Write("empty.md", string.Empty);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "2025-linshu-county.md"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "报告.docx"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "link.md"), Path.Combine(_folder.Path, "real.md"));
        using var pipe = SpecialFiles.Make(SpecialFiles.Fifo, Path.Combine(_folder.Path, "pipe.md"));

        await using var preview = await PreviewProcess.StartAsync(["preview", Path.Combine(_folder.Path, name)]);

        Assert.Equal(1, await preview.ExitAsync());
        Assert.Contains(message, preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("预览文件夹", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNeitherMarkdownNorWord_IsRefused()
    {
        var text = _folder.Write("报告.txt", "正文");

        await using var preview = await PreviewProcess.StartAsync(["preview", text]);

        Assert.Equal(1, await preview.ExitAsync());
        Assert.Contains("只能预览内容文件夹、报告文件（.md）或 Word 文件（.docx）", preview.Output, StringComparison.Ordinal);
    }

    /// <summary>What check's line (not the site's log) says about <paramref name="file"/>, from the line number on: the same wherever the report lies.</summary>
    private static string ProblemWith(string file, string output)
    {
        var line = output.Split('\n').Single(l => !l.StartsWith('{') && l.Contains(file, StringComparison.Ordinal) && l.Contains("2025-linshu-county.md:", StringComparison.Ordinal));
        return line[(line.IndexOf("2025-linshu-county.md:", StringComparison.Ordinal) + "2025-linshu-county.md:".Length)..].Trim();
    }
}
