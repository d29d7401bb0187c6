using System.Text;
using System.Text.Json;
using LinshuReports.TestSupport;
using LinshuReports.Web.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// The production site with nothing added to its log: request lines and the site's own events both reach standard
/// output as compact JSON, and the operator's level switch for request lines still works.
/// </summary>
public sealed class StandardOutputLogTests
{
    private static async Task<JsonElement[]> LogOfAsync(IReadOnlyDictionary<string, string> settings, params string[] paths)
    {
        var output = new CapturedOutput();
        using var site = new SiteFactory
        {
            Settings = settings,
            ReplaceServices = services => services.AddSingleton(new LogOutput(output)),
        };
        var client = site.CreateClient();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
        }

        // The site's log writes a batch every 200 ms; the last request's line is in the batch after its response.
        var deadline = DateTime.UtcNow + LogCapture.DefaultPatience;
        while (!output.Lines().Any(line => line.Contains(paths[^1], StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return output.Lines().Select(line => JsonDocument.Parse(line).RootElement).ToArray();
    }

    private static IEnumerable<JsonElement> RequestLines(IEnumerable<JsonElement> log) =>
        log.Where(line => line.TryGetProperty("SourceContext", out var source) && source.GetString() == RequestLogLine.SourceContext);

    [Fact]
    public async Task EachRequest_IsOneLine_BesideTheSitesOwnEvents()
    {
        var log = await LogOfAsync(new Dictionary<string, string>(), "/reports/2024/linshu-county", "/no-such-page");

        var lines = RequestLines(log).ToArray();
        Assert.Equal(["/reports/2024/linshu-county", "/no-such-page"], lines.Select(line => line.GetProperty("RequestPath").GetString()));
        Assert.Equal([200, 404], lines.Select(line => line.GetProperty("StatusCode").GetInt32()));
        Assert.All(lines, line => Assert.Equal(RequestLogLine.MessageTemplateText, line.GetProperty("@mt").GetString()));
        Assert.Contains(log, line => line.GetProperty("@mt").GetString()!.StartsWith("Loaded {ReportCount}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RaisingTheRequestLinesLevel_SilencesTheOrdinaryOnes_NotTheFailures()
    {
        var log = await LogOfAsync(
            new Dictionary<string, string> { [$"Serilog:MinimumLevel:Override:{RequestLogLine.SourceContext}"] = "Warning" },
            "/reports/2024/linshu-county", "/status/503");

        var line = Assert.Single(RequestLines(log));
        Assert.Equal("/status/503", line.GetProperty("RequestPath").GetString());
        Assert.Equal("Error", line.GetProperty("@l").GetString());
    }

    private sealed class CapturedOutput : MemoryStream
    {
        private readonly Lock _gate = new();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_gate)
            {
                base.Write(buffer);
            }
        }

        public string[] Lines()
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }
}
