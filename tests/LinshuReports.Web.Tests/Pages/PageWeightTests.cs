using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>
/// The 2024 report must reach an old phone on a slow line in one small response: HTML, CSS and JS as
/// transferred with Brotli at most 18 KB in each mode, with no fonts and nothing from another site.
/// </summary>
/// <remarks>
/// 16 KB until issue 30: the hand-written cache compressed each page once at Brotli's smallest size; the framework's
/// compression has one level for every response, searches included, and the smallest size costs about 12 ms a page,
/// so pages are stored at the default level (tests/bench/README.md).
/// </remarks>
public sealed class PageWeightTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const int Budget = 18 * 1024;

    private async Task<long> TransferredAsync(string url, string mode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"reading-mode={mode}");
        request.Headers.Add("Accept-Encoding", "br");
        using var response = await site.CreateRawClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task ReportPage_WithItsStylesheetAndScript_FitsTheBudget(string mode)
    {
        const string report = "/reports/2024/linshu-county";
        using var document = await HtmlPage.GetAsync(site.CreateClient(), report, mode);
        var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();

        var total = await TransferredAsync(report, mode);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            Assert.False(asset.StartsWith("//", StringComparison.Ordinal), $"{asset} is on another site");
            total += await TransferredAsync(asset, mode);
        }

        Assert.Equal(2, assets.Count);
        Assert.True(total <= Budget, $"{total} bytes transferred, budget {Budget}");
        Assert.Empty(document.QuerySelectorAll("link[rel=preload][as=font], link[rel=stylesheet]:not([href^='/'])"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/search?q=%E6%B3%95%E6%B2%BB")]
    public async Task ChineseText_IsSentAsCharacters_NotAsEntitiesThreeTimesItsSize(string url)
    {
        using var response = await site.CreateRawClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("临沭县", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }
}
