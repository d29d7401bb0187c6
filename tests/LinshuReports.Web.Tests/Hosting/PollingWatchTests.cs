using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>On a network share no file-system event arrives: with Content:PollOnly the site still notices every change.</summary>
public sealed class PollingWatchTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ContentSite _live = new(
        folder => folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。")),
        settings: new Dictionary<string, string> { ["Content:PollOnly"] = "true", ["Content:PollInterval"] = "00:00:00.300" });

    public void Dispose() => _live.Dispose();

    private async Task<HttpStatusCode> StatusOnceItChangesAsync(string url, HttpStatusCode from)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            using var response = await _live.Client.GetAsync(url, timeout.Token);
            if (response.StatusCode != from)
            {
                return response.StatusCode;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    [Fact]
    public async Task AReportAddedAndRemoved_IsNoticedWithoutEvents()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _live.Client.GetAsync("/reports/2022/linshu-county")).StatusCode);

        _live.Folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "临沭县2022年度依法行政工作报告"));
        Assert.Equal(HttpStatusCode.OK, await StatusOnceItChangesAsync("/reports/2022/linshu-county", HttpStatusCode.NotFound));

        File.Delete(Path.Combine(_live.Folder.Path, "2022-linshu-county.md"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOnceItChangesAsync("/reports/2022/linshu-county", HttpStatusCode.OK));
    }
}
