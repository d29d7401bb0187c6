using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>robots.txt as a crawler reads it: the switches are off limits, and the sitemap is named when its address is known.</summary>
public sealed class RobotsTests
{
    private static async Task<(HttpResponseMessage Response, string Text)> RobotsAsync(string? baseUrl)
    {
        using var site = new SiteFactory
        {
            Settings = baseUrl is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Site:PublicBaseUrl"] = baseUrl },
        };
        var response = await site.CreateClient().GetAsync("/robots.txt");
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithAPublicAddress_CrawlersAreKeptOffTheSwitchesAndToldWhereTheSitemapIs()
    {
        var (response, text) = await RobotsAsync("https://reports.linshu.gov.cn/");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("User-agent: *\nDisallow: /reading-mode/\nSitemap: https://reports.linshu.gov.cn/sitemap.xml\n", text);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task WithoutOne_NoSitemapIsNamed()
    {
        var (response, text) = await RobotsAsync(null);
        using (response)
        {
            Assert.Equal("User-agent: *\nDisallow: /reading-mode/\n", text);
        }
    }
}
