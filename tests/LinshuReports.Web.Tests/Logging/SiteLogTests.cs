using System.Globalization;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>Each running site writes its own log, whatever other sites the same process starts and stops.</summary>
public sealed class SiteLogTests
{
    private static readonly Action<ILogger, string, Exception?> Reloaded =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1), "内容目录已重新加载 {Marker}");

    [Fact]
    public async Task ASiteKeepsLogging_AfterAnotherSiteInTheProcessStartedAndStopped()
    {
        var sink = new LogCapture();
        using var site = new SiteFactory { ReplaceServices = s => s.AddSingleton<ILogEventSink>(sink) };
        site.CreateClient().Dispose();

        using (var other = new SiteFactory())
        {
            other.CreateClient().Dispose();
        }

        // A logger the site creates now, as it does for services it resolves after start-up.
        Reloaded(site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LinshuReports.Web.Tests"), "site-log-marker", null);

        var line = await sink.WaitForAsync(e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("site-log-marker", StringComparison.Ordinal));
        Assert.Equal(Serilog.Events.LogEventLevel.Warning, line.Level);
    }
}
