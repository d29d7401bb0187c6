using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>On a network share no file-system event arrives: with Content:PollOnly the site still notices every change.</summary>
public sealed class PollingWatchTests : IDisposable
{
    private readonly ContentSite _live = new(
        folder => folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。")),
        settings: new Dictionary<string, string> { ["Content:PollOnly"] = "true", ["Content:PollInterval"] = "00:00:00.300" });

    public void Dispose() => _live.Dispose();

    [Fact]
    public async Task AReportAddedAndRemoved_IsNoticedWithoutEvents()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _live.Client.GetAsync("/reports/2022/linshu-county")).StatusCode);

        _live.Folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "临沭县2022年度依法行政工作报告"));
        await _live.WaitForAsync("/reports/2022/linshu-county", (response, _) => response.StatusCode == HttpStatusCode.OK);

        File.Delete(Path.Combine(_live.Folder.Path, "2022-linshu-county.md"));
        await _live.WaitForAsync("/reports/2022/linshu-county", (response, _) => response.StatusCode == HttpStatusCode.NotFound);
    }
}
