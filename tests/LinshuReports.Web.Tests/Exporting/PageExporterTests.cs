using System.Diagnostics;
using System.Net;
using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using LinshuReports.Web.Exporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Exporting;

/// <summary>The running site keeps its export whole and current: every file is the site's own answer to the same
/// request, and a published change is in the export within seconds.</summary>
public sealed class PageExporterTests : IDisposable
{
    /// <summary>Far more than the exporter's one-second look; a hang detector, not a speed measure.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempContentFolder _content = new();
    private readonly TempContentFolder _export = new();

    public PageExporterTests() => _content.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));

    public void Dispose()
    {
        _content.Dispose();
        _export.Dispose();
    }

    private KestrelSite Site() =>
        KestrelSite.Serving(_content.Path, new Dictionary<string, string> { ["Export:Folder"] = _export.Path });

    private string Current(string file) => Path.Combine(_export.Path, "current", file);

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"{what} after {clock.Elapsed.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task EveryExportedFile_IsWhatTheSiteSendsForTheSameRequest()
    {
        var site = Site();
        await site.InitializeAsync();
        try
        {
            await Eventually(() => Path.Exists(Current("standard/index.html")), "no export");
            using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = site.BaseAddress };
            var catalog = site.Factory.Services.GetRequiredService<ICurrentCatalog>().Current;

            var pages = ExportedPage.All(catalog).ToList();
            Assert.Equal(45, pages.Count);
            foreach (var page in pages)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", page.Encoding);
                if (page.ReadingCookie is not null)
                {
                    request.Headers.TryAddWithoutValidation("Cookie", "reading=" + page.ReadingCookie);
                }

                using var response = await client.SendAsync(request);
                Assert.Equal(await response.Content.ReadAsByteArrayAsync(), await File.ReadAllBytesAsync(Current(page.File)));
            }
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnAddedChangedAndDeletedReport_IsInTheExportWithinSeconds()
    {
        var site = Site();
        await site.InitializeAsync();
        try
        {
            const string Added = "standard/reports/2023/test-town/index.html";
            await Eventually(() => Path.Exists(Current("standard/index.html")), "no export");
            Assert.False(Path.Exists(Current(Added)));

            _content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告"));
            await Eventually(() => Path.Exists(Current(Added)), "the added report is not exported");
            await Eventually(() => File.ReadAllText(Current("standard/index.html")).Contains("临沭县测试镇2023年度法治政府建设情况报告", StringComparison.Ordinal), "the home page does not list it");

            _content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告（更正）"));
            await Eventually(() => Path.Exists(Current(Added)) && File.ReadAllText(Current(Added)).Contains("（更正）", StringComparison.Ordinal), "the correction is not exported");

            _content.Delete("2023-test-town.md");
            await Eventually(() => Path.Exists(Current("standard/reports/2024/linshu-county/index.html")) && !Path.Exists(Current(Added)), "the deleted report is still exported");
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task WhileALongExportIsWritten_TheOldOneIsNotServed()
    {
        // Enough reports that the export takes seconds, as 1,000 take minutes.
        for (var i = 0; i < 40; i++)
        {
            _content.Write($"2023-town-{i}.md", ReportMarkdown.Valid(title: $"临沭县测试镇{i}2023年度法治政府建设情况报告"));
        }

        var site = Site();
        await site.InitializeAsync();
        try
        {
            const string Report = "standard/reports/2024/linshu-county/index.html";
            await Eventually(() => Path.Exists(Current(Report)), "no export");

            _content.Write("2023-town-0.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告（更正）"));

            // Within the time the site takes to see the change, the old export is gone, and whatever is published
            // afterwards has the correction.
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(3))
            {
                await Task.Delay(100);
            }

            var home = Current("standard/index.html");
            Assert.True(!Path.Exists(home) || File.ReadAllText(home).Contains("（更正）", StringComparison.Ordinal), "the old export is still current");
            await Eventually(() => Path.Exists(home) && File.ReadAllText(home).Contains("（更正）", StringComparison.Ordinal), "the new export is not published");
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static bool IsExportLine(LogEvent e, string start) =>
        e.MessageTemplate.Text.StartsWith(start, StringComparison.Ordinal);

    private string? CurrentGeneration() => new FileInfo(Path.Combine(_export.Path, "current")).LinkTarget;

    /// <summary>Starts a site on the folders, waits until its first pass over the export is logged, and stops it.</summary>
    private async Task<(LogEvent Line, bool WasAlwaysCurrent, LogCapture Log)> RunUntilExportedOrKeptAsync(Action<IServiceCollection>? replaceServices = null)
    {
        var log = new LogCapture();
        var site = KestrelSite.Serving(_content.Path, new Dictionary<string, string> { ["Export:Folder"] = _export.Path },
            services =>
            {
                services.AddSingleton<ILogEventSink>(log);
                replaceServices?.Invoke(services);
            });
        await site.InitializeAsync();
        try
        {
            var wasAlwaysCurrent = true;
            var clock = Stopwatch.StartNew();
            LogEvent? line;
            while ((line = log.Events.FirstOrDefault(e => IsExportLine(e, "Exported ") || IsExportLine(e, "The export in "))) is null)
            {
                Assert.True(clock.Elapsed < Patience, "neither exported nor kept");
                wasAlwaysCurrent &= Path.Exists(Current("standard/index.html"));
                await Task.Delay(10);
            }

            return (line, wasAlwaysCurrent, log);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARestartedOrSecondInstance_KeepsAnExportOfItsOwnContent_NeverWithdrawingIt()
    {
        var (first, _, _) = await RunUntilExportedOrKeptAsync();
        Assert.True(IsExportLine(first, "Exported "), first.MessageTemplate.Text);
        var generation = CurrentGeneration();

        var (second, wasAlwaysCurrent, _) = await RunUntilExportedOrKeptAsync();

        Assert.True(IsExportLine(second, "The export in "), second.MessageTemplate.Text);
        Assert.True(wasAlwaysCurrent, "the export was withdrawn while the second instance started");
        Assert.Equal(generation, CurrentGeneration());
    }

    [Fact]
    public async Task AStartingInstanceThatCannotConfirmTheExportInTime_WritesItAfresh_AndSaysWhy()
    {
        await RunUntilExportedOrKeptAsync();
        var generation = CurrentGeneration();

        // The check's first question takes "six seconds" on the site's clock: a site of very many reports.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (line, _, log) = await RunUntilExportedOrKeptAsync(services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IStartupFilter>(new SlowRevalidation(clock, TimeSpan.FromSeconds(6))));

        Assert.True(IsExportLine(line, "Exported "), line.MessageTemplate.Text);
        Assert.Contains(log.Events, e => IsExportLine(e, "Confirming the export in "));
        Assert.NotEqual(generation, CurrentGeneration());
    }

    /// <summary>Moves the site's clock on when the first conditional request (the export check's) arrives.</summary>
    private sealed class SlowRevalidation(FakeTimeProvider clock, TimeSpan taken) : IStartupFilter
    {
        private int _slowed;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.IfNoneMatch.Count > 0 && Interlocked.Exchange(ref _slowed, 1) == 0)
                {
                    clock.Advance(taken);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Theory]
    [InlineData("added")]
    [InlineData("changed")]
    [InlineData("deleted")]
    [InlineData("a file listed that no page has")]
    public async Task AnInstanceStartingOnContentChangedMeanwhile_ExportsItAfresh(string change)
    {
        const string Town = "standard/reports/2023/test-town/index.html";
        if (change != "added")
        {
            _content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告"));
        }

        await RunUntilExportedOrKeptAsync();
        var generation = CurrentGeneration();
        switch (change)
        {
            case "deleted":
                _content.Delete("2023-test-town.md");
                break;
            case "a file listed that no page has":
                File.AppendAllText(Current(ExportManifest.FileName), "standard/reports/2019/gone/index.html\t\"0\"\n");
                break;
            default:
                _content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告（更正）"));
                break;
        }

        var (line, _, _) = await RunUntilExportedOrKeptAsync();

        Assert.True(IsExportLine(line, "Exported "), line.MessageTemplate.Text);
        Assert.NotEqual(generation, CurrentGeneration());
        Assert.Equal(change is "added" or "changed", Path.Exists(Current(Town)) && File.ReadAllText(Current(Town)).Contains("（更正）", StringComparison.Ordinal));
        Assert.Equal(change == "deleted", !Path.Exists(Current(Town)));
    }

    [Fact]
    public async Task AnExportThatCannotBeWritten_IsLoggedAndRetriedLessAndLessOften_AndTheSiteServesAsUsual()
    {
        var blocked = _export.Write("a-file-not-a-folder", "x");
        var log = new LogCapture();
        var site = KestrelSite.Serving(_content.Path, new Dictionary<string, string> { ["Export:Folder"] = Path.Combine(blocked, "export") },
            services => services.AddSingleton<ILogEventSink>(log));
        await site.InitializeAsync();
        try
        {
            var first = await log.WaitForAsync(e => e.Level == LogEventLevel.Error && e.MessageTemplate.Text.StartsWith("Exporting pages to", StringComparison.Ordinal), Patience);
            var second = await log.WaitForAsync(e => e.Timestamp > first.Timestamp && e.MessageTemplate.Text == first.MessageTemplate.Text, Patience);
            var third = await log.WaitForAsync(e => e.Timestamp > second.Timestamp && e.MessageTemplate.Text == first.MessageTemplate.Text, Patience);

            // Each wait twice the last (2 s, then 4 s): a folder that stays unwritable does not fill the log.
            Assert.True(second.Timestamp - first.Timestamp >= TimeSpan.FromSeconds(1.9), $"{second.Timestamp - first.Timestamp}");
            Assert.True(third.Timestamp - second.Timestamp >= TimeSpan.FromSeconds(3.9), $"{third.Timestamp - second.Timestamp}");

            using var client = new HttpClient { BaseAddress = site.BaseAddress };
            using var page = await client.GetAsync("/reports/2024/linshu-county");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
