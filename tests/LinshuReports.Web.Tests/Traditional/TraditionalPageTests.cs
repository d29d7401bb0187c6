using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using LinshuReports.TestSupport;
using LinshuReports.Traditional;

namespace LinshuReports.Web.Tests.Traditional;

/// <summary>A reader in 繁體 reads every page converted by OpenCC; addresses, the feed and sitemap.xml stay as published.</summary>
public sealed class TraditionalPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Report = "/reports/2024/linshu-county";
    private const string Traditional = "reading=standard.large.black-on-white.traditional";
    private const string ElderTraditional = "reading=elder.xlarge.yellow-on-black.traditional";

    private static readonly ChineseConverter ToTraditional = new ScriptConverters().ToTraditional;

    private Task<IHtmlDocument> GetAsync(string url, string? cookie) => HtmlPage.GetWithCookieAsync(site.CreateRawClient(), url, cookie);

    [Theory]
    [InlineData(Traditional)]
    [InlineData(ElderTraditional)]
    public async Task TheReport_IsTheSimplifiedPageConverted(string cookie)
    {
        using var simplified = await GetAsync(Report, null);
        using var traditional = await GetAsync(Report, cookie);

        Assert.Equal("zh-Hant", traditional.DocumentElement.GetAttribute("lang"));
        Assert.Equal(ToTraditional.Convert(simplified.Title!), traditional.Title);
        Assert.NotEqual(simplified.Title, traditional.Title);
        Assert.Equal(ToTraditional.Convert(SeedReport.Title), traditional.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ToTraditional.Convert(simplified.QuerySelector("meta[name=description]")!.GetAttribute("content")!),
            traditional.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task AddressesAndIds_StayAsPublished()
    {
        using var simplified = await GetAsync(Report, null);
        using var traditional = await GetAsync(Report, Traditional);

        Assert.Equal(
            simplified.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")),
            traditional.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            simplified.QuerySelectorAll("[id]").Select(e => e.Id),
            traditional.QuerySelectorAll("[id]").Select(e => e.Id));
    }

    [Theory]
    [InlineData("/feed.xml", "法治政府建设")]
    [InlineData("/sitemap.xml", Report)]
    public async Task TheFeedAndSitemap_StaySimplified(string url, string published)
    {
        using var simplifiedRequest = new HttpRequestMessage(HttpMethod.Get, url);
        using var traditionalRequest = new HttpRequestMessage(HttpMethod.Get, url);
        traditionalRequest.Headers.Add("Cookie", Traditional);
        // Both are served only where the site knows its public address.
        using var withAddress = site.WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", "https://reports.example.test"));
        var client = withAddress.CreateClient();

        using var simplified = await client.SendAsync(simplifiedRequest);
        using var traditional = await client.SendAsync(traditionalRequest);

        Assert.Equal(System.Net.HttpStatusCode.OK, traditional.StatusCode);
        Assert.Contains("xml", traditional.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains(published, await traditional.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await simplified.Content.ReadAsStringAsync(), await traditional.Content.ReadAsStringAsync());
    }

    /// <summary>The index is simplified: a query in 繁體 or mixed finds what its simplified form finds.</summary>
    [Theory]
    [InlineData("建設", "建设")]
    [InlineData("法治政府建設", "法治政府建设")]
    [InlineData("規範性文件", "规范性文件")]
    [InlineData("规範性文件", "规范性文件")]
    public async Task ATraditionalQuery_FindsWhatItsSimplifiedFormFinds(string typed, string simplified)
    {
        using var expected = await GetAsync("/search?q=" + Uri.EscapeDataString(simplified), null);
        using var found = await GetAsync("/search?q=" + Uri.EscapeDataString(typed), null);

        var hrefs = found.QuerySelectorAll(".search-result__heading a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(hrefs);
        Assert.Equal(expected.QuerySelectorAll(".search-result__heading a").Select(a => a.GetAttribute("href")), hrefs);
        Assert.Equal(typed, found.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }
}
