using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>
/// Where the system refuses every inotify watcher (fs.inotify.max_user_instances used up by other programs), the site
/// still starts, renders its pages, says so once in the log and notices changes by looking.
/// </summary>
/// <remarks>
/// The site runs in a user namespace of its own whose inotify limit is 0, so the kernel refuses its first watcher as
/// it would at an exhausted limit, without taking watchers from the tests running beside it.
/// </remarks>
public sealed class WatcherLimitTests : IAsyncLifetime, IDisposable
{
    private const string EventsUnavailable = "File-system events cannot be watched";

    private readonly TempContentFolder _folder = new();
    private readonly List<string> _log = [];
    private Process? _site;

    public async Task InitializeAsync()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。"));
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in (string[])["--user", "--map-root-user", "sh", "-c", "echo 0 > /proc/sys/user/max_inotify_instances && exec \"$@\"", "sh",
                     "dotnet", typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Root"] = _folder.Path;
        start.Environment["Content__PollInterval"] = "00:00:00.300";
        _site = Process.Start(start)!;
        _site.OutputDataReceived += (_, line) =>
        {
            lock (_log)
            {
                _log.Add(line.Data ?? string.Empty);
            }
        };
        _site.BeginOutputReadLine();
        await Eventually.TrueAsync(() => Task.FromResult(Address() is not null), "the site never said where it listens");
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            _site.Kill(entireProcessTree: true);
            await _site.WaitForExitAsync();
            _site.Dispose();
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithNoWatcherAllowed_TheSiteServesItsPages_WarnsOnce_AndStillNoticesChanges()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Address()!) };

        var page = await client.GetAsync("/reports/2023/linshu-county");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/css/site.css?v=", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "临沭县2022年度依法行政工作报告"));
        await Eventually.TrueAsync(async () => (await client.GetAsync("/reports/2022/linshu-county")).StatusCode == HttpStatusCode.OK,
            "a report added without events never appeared");

        var messages = Messages();
        Assert.Single(messages, m => m.Template.StartsWith(EventsUnavailable, StringComparison.Ordinal) && m.Level == "Warning");
        Assert.DoesNotContain(messages, m => m.Level is "Error" or "Fatal");
    }

    private string? Address() =>
        Messages().Where(m => m.Template.StartsWith("Now listening on", StringComparison.Ordinal)).Select(m => m.Address).FirstOrDefault();

    private List<(string Template, string Level, string? Address)> Messages()
    {
        lock (_log)
        {
            return _log.Where(line => line.StartsWith('{')).Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return (root.GetProperty("@mt").GetString() ?? string.Empty,
                    root.TryGetProperty("@l", out var level) ? level.GetString() ?? "Information" : "Information",
                    root.TryGetProperty("address", out var address) ? address.GetString() : null);
            }).ToList();
        }
    }
}
