using System.Net;
using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Pages;

public sealed class StatusPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/reports/2024/no-such-report")]
    [InlineData("/reports/1999/linshu-county")]
    [InlineData("/reports/abcd/linshu-county")]
    [InlineData("/%E6%8A%A5%E5%91%8A")]
    public async Task UnknownAddress_IsAChinese404(string url)
    {
        using var response = await HtmlPage.SendAsync(site.CreateClient(), url);
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("找不到您要的页面", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("/", document.QuerySelector(".status-page a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task NotFoundPage_KeepsTheReadersModeAndSwitchesBackToTheSameAddress(string mode)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/no-such-page?x=1", mode);

        Assert.Equal(mode, document.DocumentElement.GetAttribute("data-reading-mode"));
        var target = mode == "elder" ? "standard" : "elder";
        Assert.Equal($"/reading-mode/mode/{target}?return=%2Fno-such-page%3Fx%3D1", document.QuerySelector(".toolbar a.mode-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Failure_ShowsAChineseErrorPageWithoutAStackTrace()
    {
        using var factory = new SiteFactory { ReplaceServices = s => s.AddSingleton<ICurrentCatalog, FailingCatalog>() };

        using var response = await HtmlPage.SendAsync(factory.CreateClient(), "/");
        var html = await response.Content.ReadAsStringAsync();
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("网站暂时出现问题", document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingCatalog.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at LinshuReports", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/appsettings.Production.json")]
    [InlineData("/content/2024-linshu-county.md")]
    [InlineData("/2024-linshu-county.md")]
    [InlineData("/content/README.md")]
    [InlineData("/LinshuReports.Web.dll")]
    [InlineData("/../content/2024-linshu-county.md")]
    public async Task SourceAndSettingsFiles_AreNeverServed(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("year: 2024", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class FailingCatalog : ICurrentCatalog
    {
        public const string Secret = "/srv/secret/path";

        public ReportCatalog Current => throw new InvalidOperationException("catalog failed at " + Secret);

        public bool IsLoaded => true;
    }
}
