using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class SizeAndColourSwitchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Report = "/reports/2024/linshu-county";

    [Theory]
    [InlineData("text-size", "xlarge", "reading=elder.xlarge.yellow-on-black.simplified")]
    [InlineData("text-size", "large", "reading=elder.large.yellow-on-black.simplified")]
    [InlineData("colour-scheme", "yellow-on-black", "reading=elder.large.yellow-on-black.simplified")]
    [InlineData("colour-scheme", "black-on-white", "reading=elder.large.black-on-white.simplified")]
    public async Task Switching_ChangesOnlyThatSettingInTheLongLivedCookieAndReturnsHere(string setting, string value, string cookieStart)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/reading-mode/{setting}/{value}?return=%2Freports%2F2024%2Flinshu-county");
        request.Headers.Add("Cookie", "reading=elder.large.yellow-on-black");
        using var response = await site.CreateRawClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Report, response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(cookieStart + ";", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/reading-mode/text-size/huge")]
    [InlineData("/reading-mode/colour-scheme/pink")]
    [InlineData("/reading-mode/colour-scheme/YELLOW-ON-BLACK")]
    [InlineData("/reading-mode/font/large")]
    public async Task UnknownValue_IsNotFoundAndSetsNothing(string url)
    {
        using var response = await site.CreateRawClient().GetAsync(url + "?return=%2F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ElderPage_RendersTheChosenSizeAndScheme_WithTheAidsToolbar()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Report);
        request.Headers.Add("Cookie", "reading-mode=elder; reading-text-size=xlarge; reading-colour-scheme=yellow-on-black");
        using var document = await HtmlPage.ParseAsync(await site.CreateClient().SendAsync(request));

        var html = document.DocumentElement;
        Assert.Equal("xlarge", html.GetAttribute("data-text-size"));
        Assert.Equal("yellow-on-black", html.GetAttribute("data-colour-scheme"));
        Assert.Equal(["特大", "黑底黄字"], document.QuerySelectorAll(".toolbar a[aria-current]").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("reading-mode=elder; reading-text-size=<script>; reading-colour-scheme=%00")]
    [InlineData("reading-mode=elder; reading-text-size=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task HostileAidCookies_RenderTheDefaults(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Report);
        request.Headers.TryAddWithoutValidation("Cookie", cookie);
        using var response = await site.CreateClient().SendAsync(request);
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("large", document.DocumentElement.GetAttribute("data-text-size"));
        Assert.Equal("black-on-white", document.DocumentElement.GetAttribute("data-colour-scheme"));
    }

    [Fact]
    public async Task StandardPage_HasNoElderAids()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Report);
        request.Headers.Add("Cookie", "reading-text-size=xlarge; reading-colour-scheme=yellow-on-black");
        using var document = await HtmlPage.ParseAsync(await site.CreateClient().SendAsync(request));

        Assert.Equal("standard", document.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.Equal("large", document.DocumentElement.GetAttribute("data-text-size"));
        Assert.Equal("black-on-white", document.DocumentElement.GetAttribute("data-colour-scheme"));
        Assert.Null(document.QuerySelector(".aids"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Report)]
    [InlineData("/no-such-page")]
    [InlineData("/accessibility")]
    public async Task EveryPage_LinksTheAccessibilityStatementFromItsFooter(string url)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), url);

        Assert.NotNull(document.QuerySelector(".site-footer a[href='/accessibility']"));
    }

    [Fact]
    public async Task ReportPage_LoadsTheReadAloudScriptDeferred_AndOtherPagesDoNot()
    {
        using var report = await HtmlPage.GetAsync(site.CreateClient(), Report);
        using var home = await HtmlPage.GetAsync(site.CreateClient(), "/");

        var script = Assert.Single(report.QuerySelectorAll("script"));
        Assert.StartsWith("/js/read-aloud.js?v=", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(script.HasAttribute("defer"));
        Assert.Empty(home.QuerySelectorAll("script"));
    }
}
