using System.Net;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>A report dated tomorrow is nowhere on the site until its day comes, then everywhere, with no restart and no file change.</summary>
public sealed class ScheduledPublishingTests : IDisposable
{
    private const string Url = "/reports/2025/linshu-county";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.FromHours(8)));
    private readonly ContentSite _live;

    public ScheduledPublishingTests() =>
        _live = new ContentSite(
            folder =>
            {
                folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
                folder.Write("2025-linshu-county.md", ReportMarkdown.Valid(year: 2025, title: "临沭县2025年度法治政府建设报告", body: "## 一、总体情况\n\n定时发布的正文。\n")
                    .Replace("category: 通知公告", "category: 通知公告\ndate: 2026-03-28", StringComparison.Ordinal));
                folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, body: "## 一、总体情况\n\n草稿的正文。\n")
                    .Replace("category: 通知公告", "category: 通知公告\ndraft: true", StringComparison.Ordinal));
            },
            services => services.AddSingleton<TimeProvider>(_clock));

    public void Dispose() => _live.Dispose();

    [Fact]
    public async Task BeforeItsDay_TheReportIsNowhere_ThenItIsEverywhere_AndTheDraftNever()
    {
        await AssertVisibleAsync(scheduled: false);

        _clock.Advance(TimeSpan.FromHours(12));

        await AssertVisibleAsync(scheduled: true);
    }

    private async Task AssertVisibleAsync(bool scheduled)
    {
        using var page = await _live.Client.GetAsync(Url);
        using var home = await HtmlPage.GetAsync(_live.Client, "/");
        using var search = await HtmlPage.GetAsync(_live.Client, "/search?q=" + Uri.EscapeDataString("的正文"));
        using var year = await _live.Client.GetAsync("/years/2025");
        using var draft = await _live.Client.GetAsync("/reports/2023/linshu-county");

        Assert.Equal(scheduled ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(scheduled ? HttpStatusCode.OK : HttpStatusCode.NotFound, year.StatusCode);
        Assert.Equal(scheduled, home.QuerySelectorAll(".report-list a").Any(a => a.GetAttribute("href") == Url));
        Assert.Equal(scheduled ? 1 : 0, search.QuerySelectorAll(".search-result").Length);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.DoesNotContain(home.QuerySelectorAll(".report-list a"), a => a.GetAttribute("href") == "/reports/2023/linshu-county");
    }
}
