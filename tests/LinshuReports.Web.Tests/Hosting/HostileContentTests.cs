using System.Globalization;
using System.Net;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>
/// Files dropped into the content folder of a running site: hostile ones, a working copy
/// claiming the published report's address, a symbolic link. The site keeps serving the reports it has.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private const string Published = "/reports/2024/linshu-county";

    /// <summary>Generous for a busy CI machine: how long a reload may take to show in the log.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempContentFolder _folder = new();
    private readonly LogCapture _log = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public HostileContentTests()
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n已发布的正文。\n"));
        _site = new SiteFactory { ContentRoot = _folder.Path, WatchesContent = true, ReplaceServices = s => s.AddSingleton<ILogEventSink>(_log) };
        _client = _site.CreateRawClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _folder.Dispose();
    }

    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.All);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AHostileFile_IsRefusedAndLogged_WhileThePublishedReportStaysOnline(HostileReports.HostileFile hostile)
    {
        await AssertPublishedAsync();

        _folder.Write("2023-linshu-county.md", hostile.Text);
        await _log.WaitForAsync(e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("2023-linshu-county.md", StringComparison.Ordinal), Patience);

        await AssertPublishedAsync();
        using var hostilePage = await _client.GetAsync("/reports/2023/linshu-county");
        if (hostile != HostileReports.UnclosedTags)
        {
            Assert.Equal(HttpStatusCode.NotFound, hostilePage.StatusCode);
        }
    }

    [Fact]
    public async Task AWorkingCopyClaimingThePublishedAddress_IsRefusedNamingBothFiles()
    {
        await AssertPublishedAsync();

        _folder.Write("2024-linshu-county-copy.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n副本。\n")
            .Replace("category: 通知公告", "category: 通知公告\nslug: linshu-county", StringComparison.Ordinal));
        var refusal = await _log.WaitForAsync(e => e.Level == LogEventLevel.Error && e.RenderMessage(CultureInfo.InvariantCulture).Contains("2024-linshu-county-copy.md", StringComparison.Ordinal), Patience);

        Assert.Contains("2024-linshu-county.md，", refusal.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await AssertPublishedAsync();
    }

    [Fact]
    public async Task AnAttachmentThatIsASymbolicLink_Is404()
    {
        using var outside = new TempContentFolder();
        var secret = outside.WriteBytes("chart.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]);
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "2024-linshu-county")).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "chart.png"), secret);
        await using (var real = File.Create(Path.Combine(folder, "real.png")))
        {
            await real.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        }

        using var linked = await _client.GetAsync(Published + "/files/chart.png");
        using var present = await _client.GetAsync(Published + "/files/real.png");

        Assert.Equal(HttpStatusCode.NotFound, linked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
    }

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public async Task AnAttachmentReplacedByANamedPipeOrSocket_Is404ForEveryRequest_AndHoldsNoThread(string kind)
    {
        var attachment = Path.Combine(_folder.Path, "2024-linshu-county", "a.pdf");
        _folder.WriteBytes(attachment, "%PDF-1.4"u8.ToArray());
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n已发布的正文。[附件](2024-linshu-county/a.pdf)\n"));
        await Eventually.TrueAsync(async () => (await _client.GetAsync(Published + "/files/a.pdf")).StatusCode == HttpStatusCode.OK, "the attachment was never served");
        File.Delete(attachment);
        using var special = SpecialFiles.Make(kind, attachment);

        // The red team's 60 requests held 61 thread-pool threads for ever; each must now be answered, and at once.
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => _client.GetAsync(Published + "/files/a.pdf")))
            .WaitAsync(Patience);
        using var health = await _client.GetAsync("/healthz").WaitAsync(Patience);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await AssertPublishedAsync();
    }

    private async Task AssertPublishedAsync()
    {
        using var response = await _client.GetAsync(Published);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已发布的正文。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
