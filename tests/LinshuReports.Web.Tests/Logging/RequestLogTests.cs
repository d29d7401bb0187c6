using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using LinshuReports.Web.Logging;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>What the site writes to its log: useful lines for operators, and nothing personal about readers.</summary>
public sealed class RequestLogTests
{
    private static (SiteFactory Site, LogCapture Sink) CreateSite(IReadOnlyDictionary<string, string>? settings = null)
    {
        var sink = new LogCapture();
        return (new SiteFactory { Settings = settings ?? new Dictionary<string, string>(), ReplaceServices = s => s.AddSingleton<ILogEventSink>(sink) }, sink);
    }

    private static IEnumerable<LogEvent> RequestLines(LogCapture sink) =>
        sink.Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == $"\"{SiteLogging.RequestLineSource}\"");

    private static Task<LogEvent> RequestLogForAsync(LogCapture sink, string path) =>
        sink.WaitForAsync(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"");

    [Fact]
    public async Task RequestLine_CarriesMethodPathStatusTimeAddressAndId_UnderTheDocumentedSource()
    {
        var (site, sink) = CreateSite();
        using (site)
        {
            await site.CreateClient().GetAsync("/reports/2024/linshu-county");

            var line = await RequestLogForAsync(sink, "/reports/2024/linshu-county");

            Assert.Equal("\"GET\"", line.Properties["RequestMethod"].ToString());
            Assert.Equal("200", line.Properties["StatusCode"].ToString());
            Assert.True(line.Properties.ContainsKey("Elapsed"));
            Assert.True(line.Properties.ContainsKey("ClientAddress"));
            Assert.NotEqual("\"\"", line.Properties["RequestId"].ToString());
            Assert.Equal(LogEventLevel.Information, line.Level);
            Assert.Contains(line, RequestLines(sink));
        }
    }

    [Fact]
    public async Task RaisingTheRequestLinesLevel_SilencesTheOrdinaryOnes_NotTheFailures()
    {
        var (site, sink) = CreateSite(new Dictionary<string, string> { [$"Serilog:MinimumLevel:Override:{SiteLogging.RequestLineSource}"] = "Warning" });
        using (site)
        {
            var client = site.CreateClient();
            (await client.GetAsync("/reports/2024/linshu-county")).Dispose();
            (await client.GetAsync("/status/503")).Dispose();

            var failure = await RequestLogForAsync(sink, "/status/503");

            Assert.Equal(LogEventLevel.Error, failure.Level);
            Assert.Equal([failure], RequestLines(sink));
        }
    }

    [Fact]
    public async Task AFailedRequest_IsLoggedAsAnError_WithTheStatusTheReaderGot()
    {
        var sink = new LogCapture();
        using var site = new SiteFactory
        {
            ReplaceServices = s => s.AddSingleton<ILogEventSink>(sink).AddSingleton<ICurrentCatalog, FailingCatalog>(),
        };

        using var response = await site.CreateClient().GetAsync("/");

        var line = await RequestLogForAsync(sink, "/");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal(LogEventLevel.Error, line.Level);
        Assert.Equal("500", line.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task Log_NeverHoldsCookieValuesOrQueryStrings()
    {
        var (site, sink) = CreateSite();
        using (site)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/?name=PRIVATE-QUERY-VALUE");
            request.Headers.Add("Cookie", "reading-mode=SECRET-COOKIE-VALUE");
            await site.CreateClient().SendAsync(request);

            await RequestLogForAsync(sink, "/");

            var everything = string.Join("\n", sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(" ", e.Properties.Values)));
            Assert.DoesNotContain("PRIVATE-QUERY-VALUE", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET-COOKIE-VALUE", everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Log_NeverHoldsWhatAReaderSearchedFor()
    {
        var (site, sink) = CreateSite();
        using (site)
        {
            await site.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString("私人查询词 PRIVATE-SEARCH") + "&page=2");

            await RequestLogForAsync(sink, "/search");

            var everything = string.Join("\n", sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(" ", e.Properties.Values)));
            Assert.DoesNotContain("PRIVATE-SEARCH", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("私人查询词", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("%E7%A7%81", everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private sealed class FailingCatalog : ICurrentCatalog
    {
        public ReportCatalog Current => throw new InvalidOperationException("the catalog cannot be read");

        public bool IsLoaded => true;
    }

    [Fact]
    public async Task StartUp_SaysHowManyReportsWereLoaded()
    {
        var (site, sink) = CreateSite();
        using (site)
        {
            await site.CreateClient().GetAsync("/healthz");

            // The first load is the start-up's; a file event in content/ may add a reload, which says the same.
            var loaded = sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("Loaded {ReportCount}", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(loaded);
            Assert.All(loaded, e => Assert.Equal("1", e.Properties["ReportCount"].ToString()));
        }
    }
}
