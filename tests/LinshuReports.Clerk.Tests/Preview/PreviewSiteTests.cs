using System.Net;
using LinshuReports.TestSupport;
using LinshuReports.Clerk.Preview;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Clerk.Tests.Preview;

/// <summary>The site in preview mode, over a folder with a published report, a draft, a scheduled report and a broken one.</summary>
public sealed class PreviewSiteTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.FromHours(8)));

    public PreviewSiteTests()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.WithFields("date: 2026-03-31", year: 2024));
        _folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("draft: true", year: 2025, body: "## 一、总体情况\n\n（待填写）\n"));
        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, body: "## 一、总体情况\n\n（待填写）\n"));
    }

    public void Dispose() => _folder.Dispose();

    private SiteFactory Site(bool preview = true) => new()
    {
        ContentRoot = _folder.Path,
        ReplaceServices = services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            if (preview)
            {
                services.AddPreviewMode();
            }
        },
    };

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task DraftsAndScheduledReports_AreShown_AndMarked_InBothModes(string mode)
    {
        using var site = Site();
        var client = site.CreateClient();

        var draft = await HtmlPage.GetAsync(client, "/reports/2025/linshu-county", mode);
        var scheduled = await HtmlPage.GetAsync(client, "/reports/2024/linshu-county", mode);
        var published = await HtmlPage.GetAsync(client, "/reports/2023/linshu-county", mode);

        Assert.Equal(mode, draft.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.Contains("预览", Banner(draft), StringComparison.Ordinal);
        Assert.Contains("草稿", Banner(draft), StringComparison.Ordinal);
        Assert.Contains("将于 2026年3月31日 发布", Banner(scheduled), StringComparison.Ordinal);
        Assert.Contains("预览", Banner(published), StringComparison.Ordinal);
        Assert.DoesNotContain("草稿", Banner(published), StringComparison.Ordinal);
        Assert.Equal("（待填写）", draft.QuerySelector(".report__body p")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheHomePage_ListsEveryReport_AndWhatCheckWouldReport_WithFileAndLine()
    {
        using var site = Site();
        var home = await HtmlPage.GetAsync(site.CreateClient(), "/");

        var links = home.QuerySelectorAll("main a[href^='/reports/']").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "/reports/2025/linshu-county", "/reports/2024/linshu-county", "/reports/2023/linshu-county" }, links);
        var problem = Assert.Single(home.QuerySelectorAll(".preview-banner__problems li"));
        Assert.StartsWith("2022-linshu-county.md:10 错误：", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("待填写", problem.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2025/linshu-county")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task NothingIsStoredOrIndexed(string path)
    {
        using var site = Site();
        var client = site.CreateClient();
        await client.GetAsync(path); // a second request is the one a page cache would answer

        using var response = await client.GetAsync(path);

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task NoFeedSitemapOrRobots_CanLeakADraft(string path)
    {
        using var site = Site();

        using var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("2025", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutPreview_TheSameFolder_ShowsNeitherDraftNorBanner()
    {
        using var site = Site(preview: false);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/2025/linshu-county")).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(client, "/reports/2023/linshu-county")).QuerySelector(".preview-banner"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/robots.txt")).StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.9", StatusCodes.Status403Forbidden)]
    [InlineData("192.168.1.20", StatusCodes.Status403Forbidden)]
    [InlineData("127.0.0.1", StatusCodes.Status200OK)]
    [InlineData("::1", StatusCodes.Status200OK)]
    public async Task OnlyThisMachine_MayAsk(string peer, int status)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        context.Request.Path = "/";
        context.Response.Body = new MemoryStream();

        await new PreviewMiddleware(c => { c.Response.StatusCode = StatusCodes.Status200OK; return Task.CompletedTask; }).InvokeAsync(context);

        Assert.Equal(status, context.Response.StatusCode);
    }

    private static string Banner(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("main .preview-banner")?.TextContent ?? string.Empty;
}
