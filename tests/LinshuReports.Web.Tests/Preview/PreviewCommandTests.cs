using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Preview;

/// <summary><c>preview</c> run as a clerk runs it, in a process of its own, asked over HTTP, stopped by a signal as Ctrl+C stops it.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    /// <summary>A hang detector, not a speed measure.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

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

        await using var preview = await Preview.StartAsync(docx, "--port", "0");

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

        await using var preview = await Preview.StartAsync(report, "--port", "0");
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
    public async Task AFileThatIsNeitherMarkdownNorWord_IsRefused()
    {
        var text = _folder.Write("报告.txt", "正文");

        await using var preview = await Preview.StartAsync(text);

        Assert.Equal(1, await preview.ExitAsync());
        Assert.Contains("只能预览内容文件夹、报告文件（.md）或 Word 文件（.docx）", preview.Output, StringComparison.Ordinal);
    }

    /// <summary>The preview process, its output so far, the address it printed and the temporary folder it named.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private Preview(Process process) => _process = process;

        public string Output { get { lock (_output) { return _output.ToString(); } } }

        public string Address { get; private set; } = string.Empty;

        public string Folder => Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("预览文件夹（结束时删除）：", StringComparison.Ordinal))["预览文件夹（结束时删除）：".Length..];

        public static async Task<Preview> StartAsync(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            start.ArgumentList.Add("preview");
            args.ToList().ForEach(start.ArgumentList.Add);
            var preview = new Preview(Process.Start(start)!);
            preview._process.OutputDataReceived += (_, e) => preview.Read(e.Data);
            preview._process.ErrorDataReceived += (_, e) => preview.Read(e.Data);
            preview._process.BeginOutputReadLine();
            preview._process.BeginErrorReadLine();
            var exited = preview._process.WaitForExitAsync();
            var first = await Task.WhenAny(preview._address.Task, exited).WaitAsync(HangLimit);
            if (first == preview._address.Task)
            {
                preview.Address = await preview._address.Task;
            }

            return preview;
        }

        public async Task<int> ExitAsync()
        {
            await _process.WaitForExitAsync().WaitAsync(HangLimit);
            _process.WaitForExit(); // the rest of the output
            return _process.ExitCode;
        }

        /// <summary>
        /// SIGINT, as Ctrl+C sends it; SIGTERM, which the host treats alike, where this test run itself ignores SIGINT
        /// (started in the background by a non-interactive shell): the preview inherits that and, as nohup expects,
        /// keeps ignoring it.
        /// </summary>
        public async Task<string> StopAsync()
        {
            var signal = IgnoresInterrupt() ? "-TERM" : "-INT";
            using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            Assert.Equal(0, await ExitAsync());
            return Output;
        }

        /// <summary>Whether SIGINT (bit 1 of the SigIgn mask) is ignored by this process, as its children will be.</summary>
        private static bool IgnoresInterrupt()
        {
            var ignored = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
            return (Convert.ToUInt64(ignored, 16) & 0b10) != 0;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }

            const string Printed = "预览地址：";
            if (line.StartsWith(Printed, StringComparison.Ordinal))
            {
                _address.TrySetResult(line[Printed.Length..].Split('（')[0]);
            }
        }
    }
}
