using LinshuReports.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>What inspection crawlers, search engines and link previews read in each page's head, and the 网站地图.</summary>
public sealed class SiteMetadataTests
{
    private const string Report = "/reports/2024/linshu-county";

    private static WebApplicationFactory<Program> Site(string? baseUrl) =>
        new SiteFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:PublicBaseUrl", baseUrl ?? string.Empty);
            b.UseSetting("Site:SiteCode", "TEST000000");
        });

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument document, string name) =>
        document.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content");

    [Fact]
    public async Task AReportPage_CarriesTheGovernmentSiteMetadata()
    {
        using var site = Site("https://reports.example.test");
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        Assert.Equal("临沭县法治政府建设年度报告", Meta(document, "SiteName"));
        Assert.Equal("reports.example.test", Meta(document, "SiteDomain"));
        Assert.Equal("TEST000000", Meta(document, "SiteIDCode"));
        Assert.Equal("通知公告", Meta(document, "ColumnName"));
        Assert.Equal("通知公告", Meta(document, "ColumnType"));
        Assert.Equal("临沭县2024年度法治政府建设报告", Meta(document, "ArticleTitle"));
        Assert.Equal("临沭县人民政府", Meta(document, "ContentSource"));
        Assert.Contains("法治政府建设", Meta(document, "Keywords"), StringComparison.Ordinal);
        Assert.Equal("https://reports.example.test/reports/2024/linshu-county", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://reports.example.test/reports/2024/linshu-county", Meta(document, "og:url"));
        Assert.Equal("临沭县2024年度法治政府建设报告", Meta(document, "og:title"));
    }

    [Fact]
    public async Task PubDate_IsThe发布日期_AndLeftOutWhenTheReportGivesNone()
    {
        using var folder = new TempContentFolder();
        folder.Write("2024-linshu-county.md", ReportMarkdown.WithFields(ReportMarkdown.RecordFields, year: 2024));
        using var dated = new SiteFactory { ContentRoot = folder.Path };
        using var undated = Site(null);

        using var withDate = await HtmlPage.GetAsync(dated.CreateClient(), Report);
        using var withoutDate = await HtmlPage.GetAsync(undated.CreateClient(), Report);

        Assert.Equal("2025-03-28", Meta(withDate, "PubDate"));
        Assert.Null(withoutDate.QuerySelector("meta[name=PubDate]"));
    }

    [Fact]
    public async Task TheDescription_IsTheFirstParagraph_CutAfterAFullSentence()
    {
        using var site = Site(null);
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        var description = Meta(document, "description")!;
        var firstParagraph = SeedReport.BodyParagraphs[0];
        var shown = description.TrimEnd('…');

        // The first paragraph runs a little past the limit: it is cut at its last comma, not mid-phrase.
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.StartsWith(SeedReport.WidthFolded(shown), firstParagraph, StringComparison.Ordinal);
        Assert.DoesNotContain(',', shown);
        Assert.Contains(firstParagraph[description.Length - 1], ",，、：");
        Assert.InRange(description.Length, 60, 120);
        Assert.Equal(description, Meta(document, "og:description"));
    }

    [Fact]
    public async Task ASummaryInTheFrontMatter_IsTheDescription()
    {
        const string Summary = "本报告总结了临沭县2023年法治政府建设的主要举措和成效。";
        using var site = new ContentSite(folder => folder.Write(
            "2023-linshu-county.md", ReportMarkdown.WithFields($"summary: {Summary}", body: "正文第一段与摘要不同。")));

        using var document = await HtmlPage.GetAsync(site.Client, "/reports/2023/linshu-county");

        Assert.Equal(Summary, Meta(document, "description"));
        Assert.Equal(Summary, Meta(document, "og:description"));
    }

    [Fact]
    public async Task WithoutABaseUrl_NoAbsoluteAddressIsWritten()
    {
        using var site = Site(null);
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Null(Meta(document, "og:url"));
        Assert.Null(Meta(document, "SiteDomain"));
        Assert.Equal("临沭县2024年度法治政府建设报告", Meta(document, "ArticleTitle"));
    }

    [Fact]
    public async Task APrintedReport_CarriesAQrCodeOfItsPublicAddress_OnlyInThePrintBlock()
    {
        using var site = Site("https://reports.example.test");
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        var block = document.QuerySelector(".print-only")!;
        Assert.Contains("https://reports.example.test/reports/2024/linshu-county", block.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://reports.example.test/reports/2024/linshu-county", block.QuerySelector("svg.address-qr")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("svg.address-qr"));
    }

    [Fact]
    public async Task WithoutABaseUrl_ThePrintedPageHasNoQrCode_ButTheWholeAddressItWasAskedFor()
    {
        using var site = Site(null);
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        Assert.Empty(document.QuerySelectorAll("svg"));
        Assert.Equal("本页网址：http://localhost/reports/2024/linshu-county", document.QuerySelector(".print-only")!.TextContent.Trim());
    }

    [Fact]
    public async Task WithoutABaseUrl_AForgedHost_IsNeverPrinted_NorStoredForTheNextReader()
    {
        using var site = Site(null);
        var client = site.CreateClient();
        using var forged = new HttpRequestMessage(HttpMethod.Get, Report) { Headers = { Host = "evil.example" } };
        using var first = await client.SendAsync(forged);
        using var next = await HtmlPage.GetAsync(client, Report);

        var firstText = await first.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", firstText, StringComparison.Ordinal);
        Assert.Contains("本页网址：/reports/2024/linshu-county<", firstText, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", next.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABaseUrl_StartUpSaysWhy()
    {
        var sink = new LogCapture();
        using var site = new SiteFactory { ReplaceServices = s => s.AddSingleton<Serilog.Core.ILogEventSink>(sink) }
            .WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", string.Empty));

        (await site.CreateClient().GetAsync("/healthz")).Dispose();

        Assert.Contains(sink.Events, e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Site:PublicBaseUrl is not set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host", "evil.example")]
    [InlineData("X-Forwarded-Host", "evil.example")]
    public async Task AForgedHostHeader_NeverReachesAnAbsoluteAddress(string header, string value)
    {
        using var site = Site("https://reports.example.test");
        using var request = new HttpRequestMessage(HttpMethod.Get, Report);
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        using var response = await site.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains("https://reports.example.test/reports/2024/linshu-county", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=%E6%B3%95%E6%B2%BB")]
    [InlineData("/no-such-page")]
    public async Task PagesWithoutAnAddressOfTheirOwn_HaveNoCanonicalLink(string path)
    {
        using var site = Site("https://reports.example.test");
        using var document = await HtmlPage.GetAsync(site.CreateClient(), path);

        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task TheSiteMapPage_ListsEveryYearAndReport_AndIsLinkedFromTheFooter()
    {
        using var site = Site(null);
        foreach (var mode in new[] { "standard", "elder" })
        {
            using var document = await HtmlPage.GetAsync(site.CreateClient(), "/sitemap", mode);
            var links = document.QuerySelectorAll(".site-map a").Select(a => a.GetAttribute("href")).ToList();

            Assert.Equal("网站地图", document.QuerySelector("h1")!.TextContent);
            Assert.Equal(["/", "/years/2024", Report, "/search", "/accessibility"], links);
            Assert.Equal("/sitemap", document.QuerySelector(".site-footer a[href='/sitemap']")!.GetAttribute("href"));
        }
    }
}
