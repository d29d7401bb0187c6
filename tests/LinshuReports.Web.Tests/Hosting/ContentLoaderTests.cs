using System.Globalization;
using System.Net;
using System.Text;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>What the operator reads in the log when the site loads its reports, and what readers get meanwhile.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly LogCapture _log = new();

    public void Dispose() => _folder.Dispose();

    private SiteFactory Site(string contentRoot, params (string Key, string Value)[] settings) => new()
    {
        ContentRoot = contentRoot,
        Settings = settings.ToDictionary(s => s.Key, s => s.Value),
        ReplaceServices = services => services.AddSingleton<ILogEventSink>(_log),
    };

    private static string Text(LogEvent e) => e.RenderMessage(CultureInfo.InvariantCulture);

    [Fact]
    public async Task AtStart_TheLogSaysHowManyReportsWereLoadedAndFromWhere()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid());
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
        using var site = Site(_folder.Path);
        site.CreateClient().Dispose();

        var loaded = await _log.WaitForAsync(e => Text(e).StartsWith("Loaded", StringComparison.Ordinal));

        Assert.Equal(LogEventLevel.Information, loaded.Level);
        Assert.Equal("2", loaded.Properties["ReportCount"].ToString());
        Assert.Contains(_folder.Path, loaded.Properties["ContentRoot"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingContentFolder_IsAWarning_NotReady_AndTheSiteStillAnswers()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder");
        using var site = Site(missing);

        using var home = await site.CreateClient().GetAsync("/");
        using var ready = await site.CreateClient().GetAsync("/readyz");
        var warning = await _log.WaitForAsync(e => Text(e).Contains("is unavailable (\"content folder missing\")", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Contains(missing, Text(warning), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMistakeIsAnError_AndSomethingMerelyOddIsAWarning_EachNamingItsFile()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.WithFields("colour: 红"));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "# 第二个一级标题"));
        using var site = Site(_folder.Path);
        site.CreateClient().Dispose();

        var warning = await _log.WaitForAsync(e => Text(e).Contains("2023-linshu-county.md", StringComparison.Ordinal));
        var error = await _log.WaitForAsync(e => Text(e).Contains("2024-linshu-county.md", StringComparison.Ordinal));

        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Contains("colour", Text(warning), StringComparison.Ordinal);
        Assert.Equal(LogEventLevel.Error, error.Level);
    }

    [Fact]
    public async Task AFileStillBeingWrittenAtStart_GoesLiveOnceWhole_WithoutAnotherChange()
    {
        // Poll-only with a poll far away: no event and no poll can publish the file, only the loader's own second look.
        // Each version replaces the last in place, in one write of the same length, so that a read finds a whole
        // version however long the writer is held up: truncating first (File.WriteAllText) left the file empty while an
        // asynchronous write waited for a busy thread pool, two reads agreed on the empty file, and nothing looked again.
        // (A writer held up for the whole settle time lets the first look find a whole version, which goes live.)
        var versions = Enumerable.Range(0, 1000).Select(i => Encoding.UTF8.GetBytes(ReportMarkdown.Valid(body: $"第{i:D4}版。"))).ToArray();
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            using var file = File.OpenHandle(Path.Combine(_folder.Path, "2023-linshu-county.md"), FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            for (var i = 0; !writing.IsCancellationRequested; i++)
            {
                RandomAccess.Write(file, versions[i % versions.Length], fileOffset: 0);
                await Task.Delay(40);
            }
        });
        await Eventually.TrueAsync(() => new FileInfo(Path.Combine(_folder.Path, "2023-linshu-county.md")) is { Exists: true, Length: > 0 }, "the writer never began");
        using var site = Site(_folder.Path, ("Content:PollOnly", "true"), ("Content:PollInterval", "1.00:00:00"));
        var client = site.CreateClient();
        await writing.CancelAsync();
        await writer;

        await Eventually.TrueAsync(async () =>
        {
            using var page = await client.GetAsync("/reports/2023/linshu-county");
            return page.StatusCode == HttpStatusCode.OK;
        }, "the report never went live once whole");
    }

    [Fact]
    public async Task AFolderMovedAwayWhileRunning_KeepsEveryReport_IsNotReadyWithTheReason_AndTheLogSaysGoneAndBack()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版全文。\n"));
        using var site = Site(_folder.Path, ("Content:PollInterval", "00:00:00.2"));
        var client = site.CreateClient();
        Assert.Contains("第一版全文。", await client.GetStringAsync("/reports/2023/linshu-county"), StringComparison.Ordinal);
        var moved = _folder.Path + ".moved";

        Directory.Move(_folder.Path, moved);
        try
        {
            var gone = await _log.WaitForAsync(e => Text(e).Contains("is unavailable (\"content folder missing\")", StringComparison.Ordinal));
            using var ready = await client.GetAsync("/readyz");
            using var page = await client.GetAsync("/reports/2023/linshu-county");

            Assert.Equal(LogEventLevel.Warning, gone.Level);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("""{"status":"unavailable","reason":"content folder missing","reports":1}""", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("第一版全文。", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("/reports/2023/linshu-county", await client.GetStringAsync("/"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Move(moved, _folder.Path);
        }

        var back = await _log.WaitForAsync(e => Text(e).Contains("can be read again", StringComparison.Ordinal));
        await Eventually.TrueAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "/readyz never said ready again");
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第二版全文。\n"));
        await Eventually.TrueAsync(async () => (await client.GetStringAsync("/reports/2023/linshu-county")).Contains("第二版全文。", StringComparison.Ordinal),
            "an edit after the folder came back never went live");

        Assert.Equal(LogEventLevel.Information, back.Level);
    }
}
