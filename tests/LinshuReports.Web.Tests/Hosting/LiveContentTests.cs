using System.Collections.Concurrent;
using System.Net;
using System.Text;
using LinshuReports.TestSupport;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>A clerk adds, edits, breaks, fixes, renames and deletes files while the site runs; readers never see an error.</summary>
public sealed class LiveContentTests : IDisposable
{
    /// <summary>Long enough for the watcher to have seen a change that must not show.</summary>
    private static readonly TimeSpan ContentSettleTime = TimeSpan.FromSeconds(1);

    private readonly ContentSite _live = new(folder => folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "第一版。")));

    public void Dispose() => _live.Dispose();

    private Task<string> WaitForAsync(string url, Func<HttpResponseMessage, string, bool> condition) => _live.WaitForAsync(url, condition);

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
        // The loader's settle time, far longer than the copy's pauses: however busy the machine, a pause of the
        // copy never lasts long enough to pass for a finished file.
        using var live = new ContentSite(_ => { }, settings: new Dictionary<string, string> { ["Content:SettleTime"] = "00:00:01.5" });
        var whole = ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"第{i}段。\n\n")) + "全文完。\n");
        var bytes = Encoding.UTF8.GetBytes(whole);
        var seen = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await live.Client.GetAsync("/reports/2024/linshu-county");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    seen.Add(await response.Content.ReadAsStringAsync());
                }

                await Task.Delay(25);
            }
        });

        // A valid report copied slowly: cut after the front matter first, then between paragraphs, so that every part
        // written so far is itself a report the site would publish.
        var afterFrontMatter = Encoding.UTF8.GetByteCount(whole[..whole.IndexOf("## ", StringComparison.Ordinal)]);
        var cuts = Enumerable.Range(1, 19).Select(i => bytes.Length * i / 20).Append(afterFrontMatter).Append(bytes.Length).Order().Distinct();
        await using (var stream = new FileStream(Path.Combine(live.Folder.Path, "2024-linshu-county.md"), FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
        {
            var written = 0;
            foreach (var cut in cuts)
            {
                await stream.WriteAsync(bytes.AsMemory(written, cut - written));
                await stream.FlushAsync();
                written = cut;
                await Task.Delay(100);
            }
        }

        await Eventually.TrueAsync(() => seen.Any(body => body.Contains("全文完。", StringComparison.Ordinal)), "the finished report never went live");
        await stop.CancelAsync();
        await reader;

        Assert.All(seen, body => Assert.Contains("全文完。", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARewriteThatStallsASecondHalfway_IsNeverPublishedHalf_AtTheDefaultSettleTime()
    {
        var settings = new Dictionary<string, string> { ["Content:SettleTime"] = new ContentOptions().SettleTime.ToString() };
        using var live = new ContentSite(folder => folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "旧版全文。\n")), settings: settings);
        await live.WaitForAsync("/reports/2023/linshu-county", (r, b) => b.Contains("旧版全文。", StringComparison.Ordinal));
        var whole = ReportMarkdown.Valid(body: "## 一、总体情况\n\n新版前半。\n\n## 二、下一步安排\n\n新版后半。\n");
        var bytes = Encoding.UTF8.GetBytes(whole);
        var half = Encoding.UTF8.GetByteCount(whole[..whole.IndexOf("## 二", StringComparison.Ordinal)]);
        var seen = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                seen.Add(await live.Client.GetStringAsync("/reports/2023/linshu-county"));
                await Task.Delay(25);
            }
        });

        // An editor saving in two chunks, or a network copy, pausing a second between them; the first half alone is a valid report.
        await using (var stream = new FileStream(Path.Combine(live.Folder.Path, "2023-linshu-county.md"), FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            await stream.WriteAsync(bytes.AsMemory(0, half));
            await stream.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stream.WriteAsync(bytes.AsMemory(half));
        }

        await Eventually.TrueAsync(() => seen.Any(body => body.Contains("新版后半。", StringComparison.Ordinal)), "the finished rewrite never went live");
        await stop.CancelAsync();
        await reader;

        Assert.DoesNotContain(seen, body => body.Contains("新版前半。", StringComparison.Ordinal) && !body.Contains("新版后半。", StringComparison.Ordinal));
    }
}
