using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using LinshuReports.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>The Atom feed and sitemap.xml, validated by parsing, over a content folder with a draft and a scheduled report.</summary>
public sealed class FeedAndSitemapTests : IDisposable
{
    private const string BaseUrl = "https://reports.example.test";

    private readonly TempContentFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.FromHours(8)));

    public FeedAndSitemapTests()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023).Replace("category: 通知公告", "category: 通知公告\ndate: 2024-03-29\nsummary: 二〇二三年度的报告。", StringComparison.Ordinal));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n2024年,推进了(一)项工作。\n").Replace("category: 通知公告", "category: 通知公告\ndate: 2025-03-28\nchanges:\n  - date: 2025-04-02\n    note: 更正。", StringComparison.Ordinal));
        _folder.Write("2025-linshu-county.md", ReportMarkdown.Valid(year: 2025).Replace("category: 通知公告", "category: 通知公告\ndate: 2026-03-28", StringComparison.Ordinal));
        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022).Replace("category: 通知公告", "category: 通知公告\ndraft: true", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private WebApplicationFactory<Program> Site(string baseUrl = BaseUrl) =>
        new SiteFactory { ContentRoot = _folder.Path, WatchesContent = true, ReplaceServices = s => s.AddSingleton<TimeProvider>(_clock) }
            .WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", baseUrl));

    private static async Task<SyndicationFeed> FeedAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/feed.xml");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task TheFeed_IsValidAtom_NewestFirst_WithoutDraftsOrScheduledReports()
    {
        using var site = Site();
        var feed = await FeedAsync(site.CreateClient());

        Assert.Equal(BaseUrl + "/", feed.Id);
        Assert.Equal(
            [BaseUrl + "/reports/2024/linshu-county", BaseUrl + "/reports/2023/linshu-county"],
            feed.Items.Select(i => i.Id));
        var newest = feed.Items.First();
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.FromHours(8)), newest.PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.FromHours(8)), newest.LastUpdatedTime);
        Assert.Equal(BaseUrl + "/reports/2024/linshu-county", newest.Links.Single().Uri.AbsoluteUri);
        Assert.Equal("二〇二三年度的报告。", feed.Items.Last().Summary.Text);
        // The feed shows what the page shows: the text's half-width , and (一) set full-width.
        Assert.Equal("2024年，推进了（一）项工作。", newest.Summary.Text);
        Assert.Equal(newest.LastUpdatedTime, feed.LastUpdatedTime);
    }

    [Fact]
    public async Task TheSitemap_IsValidAgainstTheSitemapsSchema_AndListsHomeYearsAndPublishedReports()
    {
        using var site = Site();
        using var response = await site.CreateClient().GetAsync("/sitemap.xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(AppContext.BaseDirectory, "fixtures", "schemas", "sitemap.xsd"));
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(
            [BaseUrl + "/", BaseUrl + "/years/2024", BaseUrl + "/years/2023", BaseUrl + "/reports/2024/linshu-county", BaseUrl + "/reports/2023/linshu-county"],
            document.Descendants(ns + "loc").Select(l => l.Value));
        Assert.Equal("2025-04-02T00:00:00+08:00", document.Descendants(ns + "lastmod").First().Value);
    }

    [Fact]
    public async Task AReportWithoutDates_HasNoPublished_AndIsUpdatedWhenTheCatalogWasBuilt_NeverWhenItsFileWasWritten()
    {
        _folder.Write("2021-linshu-county.md", ReportMarkdown.Valid(year: 2021));
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Path, "2021-linshu-county.md"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var site = Site();
        var client = site.CreateClient();

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.xml"));
        var undated = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value.EndsWith("/2021/linshu-county", StringComparison.Ordinal));
        var dated = feed.Root!.Elements(atom + "entry").First();
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        Assert.Null(undated.Element(atom + "published"));
        var updated = DateTimeOffset.Parse(undated.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(updated, before, after);
        Assert.NotNull(dated.Element(atom + "published"));
        // The feed's own updated is its latest entry's: here the undated report's.
        Assert.Equal(undated.Element(atom + "updated")!.Value, feed.Root!.Element(atom + "updated")!.Value);
        Assert.DoesNotContain("2001-02-03", feed.ToString(), StringComparison.Ordinal);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var urls = sitemap.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Null(urls[BaseUrl + "/reports/2021/linshu-county"]);
        Assert.Equal("2025-04-02T00:00:00+08:00", urls[BaseUrl + "/reports/2024/linshu-county"]);
        Assert.Equal("2024-03-29T00:00:00+08:00", urls[BaseUrl + "/reports/2023/linshu-county"]);
    }

    [Fact]
    public async Task TheCountys2024Report_WhichGivesNoDate_GetsNoInventedOne()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var site = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", BaseUrl));
        var client = site.CreateClient();

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(XDocument.Parse(await client.GetStringAsync("/feed.xml")).Root!.Elements(atom + "entry"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Null(entry.Element(atom + "published"));
        Assert.InRange(DateTimeOffset.Parse(entry.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Empty(sitemap.Descendants(ns + "lastmod"));
    }

    [Fact]
    public async Task AScheduledReport_JoinsFeedAndSitemap_OnItsDay()
    {
        using var site = Site();
        var client = site.CreateClient();
        Assert.Equal(2, (await FeedAsync(client)).Items.Count());

        _clock.Advance(TimeSpan.FromHours(12));

        Assert.Equal(BaseUrl + "/reports/2025/linshu-county", (await FeedAsync(client)).Items.First().Id);
        Assert.Contains("/reports/2025/linshu-county", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportAddedOrRemoved_ChangesFeedAndSitemap()
    {
        using var site = Site();
        var client = site.CreateClient();
        Assert.Equal(2, (await FeedAsync(client)).Items.Count());

        _folder.Write("2021-linshu-county.md", ReportMarkdown.Valid(year: 2021).Replace("category: 通知公告", "category: 通知公告\ndate: 2022-03-30", StringComparison.Ordinal));
        await Eventually.TrueAsync(async () => (await FeedAsync(client)).Items.Count() == 3, "the added report never joined the feed");
        Assert.Contains("/reports/2021/linshu-county", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        _folder.Delete("2021-linshu-county.md");
        await Eventually.TrueAsync(async () => (await FeedAsync(client)).Items.Count() == 2, "the removed report never left the feed");
        Assert.DoesNotContain("/reports/2021/linshu-county", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedAndSitemap_AreCachedAndCompressedLikePages()
    {
        using var site = Site();
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in new[] { "/feed.xml", "/sitemap.xml" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
            using var response = await client.SendAsync(request);

            Assert.NotNull(response.Headers.ETag);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [Fact]
    public async Task WithoutABaseUrl_ThereIsNoFeedNoSitemapAndNoLinkToThem()
    {
        using var site = Site(baseUrl: string.Empty);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feed.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap.xml")).StatusCode);
        Assert.DoesNotContain("Sitemap:", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        using var home = await HtmlPage.GetAsync(client, "/");
        Assert.Null(home.QuerySelector("link[type='application/atom+xml']"));
    }

    [Fact]
    public async Task EveryPage_LinksTheFeed_AndRobotsNamesTheSitemap()
    {
        using var site = Site();
        var client = site.CreateClient();

        using var report = await HtmlPage.GetAsync(client, "/reports/2024/linshu-county");
        Assert.Equal("/feed.xml", report.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /reading-mode/", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }
}
