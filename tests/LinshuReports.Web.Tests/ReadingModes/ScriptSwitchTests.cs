using System.Net;
using AngleSharp.Html.Parser;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.ReadingModes;

/// <summary>文字 简体/繁體: offered on every page in both modes, a plain link that keeps the reader's other choices.</summary>
public sealed class ScriptSwitchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Report = "/reports/2024/linshu-county";

    [Theory]
    [InlineData(null, "reading=standard.large.black-on-white.traditional")]
    [InlineData("reading=elder.xlarge.yellow-on-black", "reading=elder.xlarge.yellow-on-black.traditional")]
    [InlineData("reading=elder.xlarge.yellow-on-black.traditional", "reading=elder.xlarge.yellow-on-black.traditional")]
    public async Task SwitchingToTraditional_KeepsTheOtherChoicesAndReturnsHere(string? cookie, string written)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reading-mode/script/traditional?return=%2Freports%2F2024%2Flinshu-county");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await site.CreateRawClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Report, response.Headers.Location!.OriginalString);
        Assert.StartsWith(written + ";", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingBack_WritesSimplified()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reading-mode/script/simplified?return=%2F");
        request.Headers.Add("Cookie", "reading=standard.large.black-on-white.traditional");

        using var response = await site.CreateRawClient().SendAsync(request);

        Assert.StartsWith("reading=standard.large.black-on-white.simplified;", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reading-mode/script/hant")]
    [InlineData("/reading-mode/script/Traditional")]
    public async Task AnUnknownScript_IsNotFound(string url)
    {
        using var response = await site.CreateRawClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/", null, "zh-CN", "繁體", "/reading-mode/script/traditional?return=%2F")]
    [InlineData(Report, "reading=elder.large.black-on-white", "zh-CN", "繁體", "/reading-mode/script/traditional?return=%2Freports%2F2024%2Flinshu-county")]
    [InlineData(Report, "reading=standard.large.black-on-white.traditional", "zh-Hant", "简体", "/reading-mode/script/simplified?return=%2Freports%2F2024%2Flinshu-county")]
    [InlineData("/", "reading=elder.xlarge.yellow-on-black.traditional", "zh-Hant", "简体", "/reading-mode/script/simplified?return=%2F")]
    public async Task EveryPage_OffersTheOtherScript_AndNamesItsOwnLanguage(string path, string? cookie, string lang, string label, string href)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await site.CreateRawClient().SendAsync(request);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        var link = Assert.Single(page.QuerySelectorAll("a.script-switch"));
        Assert.Equal(label, link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
    }
}
