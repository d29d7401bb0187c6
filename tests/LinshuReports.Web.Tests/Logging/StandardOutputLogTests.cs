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
        var output = new MemoryStream();
        using (var site = new SiteFactory
        {
            Settings = settings,
            ReplaceServices = services => services.AddSingleton(new LogOutput(output)),
        })
        {
            var client = site.CreateClient();
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path);
            }
        }

        return Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToArray();
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
    public async Task RaisingTheRequestLinesLevel_SilencesThem_AndNothingElse()
    {
        var log = await LogOfAsync(
            new Dictionary<string, string> { [$"Serilog:MinimumLevel:Override:{RequestLogLine.SourceContext}"] = "Warning" },
            "/reports/2024/linshu-county");

        Assert.Empty(RequestLines(log));
        Assert.Contains(log, line => line.GetProperty("@mt").GetString()!.StartsWith("Loaded {ReportCount}", StringComparison.Ordinal));
    }
}
