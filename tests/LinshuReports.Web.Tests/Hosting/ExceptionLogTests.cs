using System.Globalization;
using System.Net;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>
/// A request that keeps failing the same way gets the Chinese error page each time, but its stack trace reaches
/// the log once per kind a minute, not once per request.
/// </summary>
public sealed class ExceptionLogTests : IDisposable
{
    private readonly PageGate _gate = new();
    private readonly LogCapture _log = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(8)));
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public ExceptionLogTests()
    {
        _site = new SiteFactory
        {
            ReplaceServices = services =>
            {
                _gate.AddTo(services);
                services.AddSingleton<ILogEventSink>(_log);
                services.AddSingleton<TimeProvider>(_clock);
            },
        };
        _client = _site.CreateRawClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task EachKindOfException_IsLoggedOnceAMinute_AndEveryRequestGetsTheErrorPage()
    {
        for (var i = 0; i < 20; i++)
        {
            await AssertErrorPageAsync(PageGate.Fail + "-a" + i.ToString(CultureInfo.InvariantCulture));
        }

        await AssertErrorPageAsync(PageGate.Fail + "-b");
        await _log.WaitForAsync(e => e.Exception is FormatException);
        Assert.Single(Logged<InvalidOperationException>());

        _clock.Advance(TimeSpan.FromSeconds(59));
        await AssertErrorPageAsync(PageGate.Fail + "-a");
        _clock.Advance(TimeSpan.FromSeconds(2));
        await AssertErrorPageAsync(PageGate.Fail + "-a");
        await AssertErrorPageAsync(PageGate.Fail + "-b");

        await _log.WaitForAsync(e => e.Exception is FormatException && Logged<FormatException>().Count() == 2);
        Assert.Equal(2, Logged<InvalidOperationException>().Count());
    }

    private IEnumerable<LogEvent> Logged<T>() => _log.Events.Where(e => e.Exception is T && e.Level == LogEventLevel.Error);

    private async Task AssertErrorPageAsync(string query)
    {
        using var response = await _client.GetAsync("/search?q=" + query);
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("网站暂时出现问题", document.QuerySelector("h1")!.TextContent);
    }
}
