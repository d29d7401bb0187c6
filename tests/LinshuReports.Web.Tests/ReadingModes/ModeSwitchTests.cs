using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class ModeSwitchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Switching_SetsALongLivedCookieAndReturnsToTheSamePage()
    {
        using var response = await site.CreateRawClient().GetAsync("/reading-mode/elder?return=%2Freports%2F2024%2Flinshu-county");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/reports/2024/linshu-county", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("reading=elder.large.black-on-white.simplified;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverHttps_TheCookieIsSecure()
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });

        using var response = await client.GetAsync("/reading-mode/elder?return=%2F");

        Assert.Contains("secure", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/no-such-page")]
    public async Task ElderCookie_RendersElderModeWithTheWayBack(string url)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), url, "elder");

        Assert.Equal("elder", document.DocumentElement.GetAttribute("data-reading-mode"));
        var switches = document.QuerySelectorAll("a.mode-switch");
        Assert.Equal(2, switches.Length);
        Assert.All(switches, s => Assert.Equal("退出长者模式", s.TextContent));
        Assert.All(switches, s => Assert.StartsWith("/reading-mode/mode/standard?return=", s.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoundTrip_ElderThenStandard_FollowsTheCookie()
    {
        var client = site.CreateClient(); // follows redirects and keeps cookies, as a browser does

        using var elder = await HtmlPage.GetAsync(client, "/reading-mode/elder?return=%2Freports%2F2024%2Flinshu-county");
        using var nextPage = await HtmlPage.GetAsync(client, "/");
        using var standard = await HtmlPage.GetAsync(client, "/reading-mode/standard?return=%2F");

        Assert.Equal("elder", elder.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.Equal(SeedReport.Title, elder.QuerySelector("h1")!.TextContent);
        Assert.Equal("elder", nextPage.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.Equal("standard", standard.DocumentElement.GetAttribute("data-reading-mode"));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData("%252F%252Fevil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example")]
    [InlineData("%5C%5Cevil.example")]
    [InlineData("http%3A%5C%5Cevil.example")]
    [InlineData("")]
    public async Task OpenRedirectAttempt_LandsOnThisSite(string hostileReturn)
    {
        using var response = await site.CreateRawClient().GetAsync($"/reading-mode/elder?return={hostileReturn}");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, $"Redirected off-site to {location}");
        Assert.StartsWith("/", location.OriginalString, StringComparison.Ordinal);
        Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal));
        Assert.DoesNotContain('\\', location.OriginalString);
        Assert.Equal("localhost", new Uri(new Uri("http://localhost/reading-mode/elder"), location).Host);
    }

    [Fact]
    public async Task UnknownMode_IsNotFoundAndSetsNoCookie()
    {
        using var response = await site.CreateRawClient().GetAsync("/reading-mode/turbo?return=%2F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/no-such-page")]
    public async Task Pages_VaryByCookie(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Theory]
    [InlineData("reading-mode=ELDER")]
    [InlineData("reading-mode=<script>alert(1)</script>")]
    [InlineData("reading-mode=%E9%95%BF%E8%80%85")]
    [InlineData("reading-mode=\"elder")]
    public async Task HostileCookie_RendersStandardMode(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Cookie", cookie);

        using var response = await site.CreateClient().SendAsync(request);
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("standard", document.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.DoesNotContain("<script>alert", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldSwitchAddress_StillSwitches()
    {
        using var response = await site.CreateRawClient().GetAsync("/reading-mode/elder?return=%2Freports%2F2024%2Flinshu-county");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/reports/2024/linshu-county", response.Headers.Location!.OriginalString);
        Assert.StartsWith("reading=elder.large.black-on-white.simplified;", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        // A shared cache must never hand one reader's switch (and its cookie) to another.
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task OldCookies_StillRender()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "reading-mode=elder; reading-text-size=xlarge");
        using var document = await HtmlPage.ParseAsync(await site.CreateClient().SendAsync(request));

        Assert.Equal("elder", document.DocumentElement.GetAttribute("data-reading-mode"));
        Assert.Equal("xlarge", document.DocumentElement.GetAttribute("data-text-size"));
    }

    [Fact]
    public async Task NextSwitch_CarriesOldCookiesIntoTheOneCookie_AndRemovesThem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reading-mode/colour-scheme/black-on-white?return=%2F");
        request.Headers.Add("Cookie", "reading-mode=elder; reading-text-size=xlarge; reading-colour-scheme=yellow-on-black");
        using var response = await site.CreateRawClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Equal(4, cookies.Count);
        Assert.Contains(cookies, c => c.StartsWith("reading=elder.xlarge.black-on-white.simplified;", StringComparison.Ordinal));
        foreach (var old in new[] { "reading-mode", "reading-text-size", "reading-colour-scheme" })
        {
            Assert.Contains(cookies, c => c.StartsWith(old + "=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        }
    }
}
