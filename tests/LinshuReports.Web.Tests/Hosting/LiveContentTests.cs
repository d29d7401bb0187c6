using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>A clerk adds, edits, breaks, fixes, renames and deletes files while the site runs; readers never see an error.</summary>
public sealed class LiveContentTests : IDisposable
{
    // Generous for a busy CI machine; the watcher itself settles in 0.3 s .
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Long enough for the watcher to have seen a change that must not show.</summary>
    private static readonly TimeSpan ContentSettleTime = TimeSpan.FromSeconds(1);

    private readonly ContentSite _live = new(folder => folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。")));

    public void Dispose() => _live.Dispose();

    private async Task<string> WaitForAsync(string url, Func<HttpResponseMessage, string, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await _live.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{url} answered {response.StatusCode}");
            if (condition(response, body))
            {
                return body;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{url} did not change in time");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AddEditBreakFixRenameDelete_ShowsEachGoodStateAndNeverAnError()
    {
        await WaitForAsync("/reports/2023/linshu-county", (r, b) => b.Contains("第一版。", StringComparison.Ordinal));

        _live.Folder.Write("2024-qingyun-town.md", ReportMarkdown.Valid(year: 2024, title: "青云镇2024年度法治政府建设报告", body: "新增的报告。"));
        await WaitForAsync("/", (r, b) => b.Contains("青云镇2024年度法治政府建设报告", StringComparison.Ordinal));

        _live.Folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第二版。"));
        await WaitForAsync("/reports/2023/linshu-county", (r, b) => b.Contains("第二版。", StringComparison.Ordinal));

        // Edited into a mistake: readers keep the last good version.
        _live.Folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "# 第三版把标题写错了"));
        await Task.Delay(ContentSettleTime);
        var kept = await WaitForAsync("/reports/2023/linshu-county", (r, b) => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("第二版。", kept, StringComparison.Ordinal);

        _live.Folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第四版改好了。"));
        await WaitForAsync("/reports/2023/linshu-county", (r, b) => b.Contains("第四版改好了。", StringComparison.Ordinal));

        File.Move(Path.Combine(_live.Folder.Path, "2024-qingyun-town.md"), Path.Combine(_live.Folder.Path, "2024-qingyun.md"));
        await WaitForAsync("/reports/2024/qingyun", (r, b) => r.StatusCode == HttpStatusCode.OK);
        await WaitForAsync("/reports/2024/qingyun-town", (r, b) => r.StatusCode == HttpStatusCode.NotFound);

        _live.Folder.Delete("2024-qingyun.md");
        await WaitForAsync("/", (r, b) => !b.Contains("青云镇", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HalfWrittenNewFile_IsNotShownUntilItIsComplete()
    {
        _live.Folder.Write("2024-linshu-county.md", "---\ntitle: 临沭县2024年度法治政府建设报告\nyear: 2024\n");
        await Task.Delay(ContentSettleTime);
        await WaitForAsync("/reports/2024/linshu-county", (r, b) => r.StatusCode == HttpStatusCode.NotFound);

        _live.Folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "临沭县2024年度法治政府建设报告", body: "全文。"));
        await WaitForAsync("/reports/2024/linshu-county", (r, b) => b.Contains("全文。", StringComparison.Ordinal));
    }
}
