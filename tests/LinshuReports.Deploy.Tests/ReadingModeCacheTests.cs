using System.Net;
using LinshuReports.TestSupport;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Deploy.Tests;

/// <summary>nginx in front of two instances knows the reading mode where it caches pages: each reader gets the page of
/// their own settings, kept once per mode, and nothing else in the request splits, bypasses or poisons it.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class ReadingModeCacheTests(NginxSite site) : IClassFixture<NginxSite>
{
    private const string Report = "/reports/2024/linshu-county";
    private const string Standard = "standard.large.black-on-white";

    /// <summary>A report and another page, each sent from nginx's cache once stored.</summary>
    private static readonly string[] Pages = [Report, "/accessibility"];

    private HttpClient Reader => site.Reader;

    [Theory]
    [InlineData(null, Standard)]
    [InlineData("reading=elder.large.black-on-white", "elder.large.black-on-white")]
    [InlineData("reading=elder.xlarge.yellow-on-black", "elder.xlarge.yellow-on-black")]
    [InlineData("reading=standard.xlarge.yellow-on-black", Standard)]
    [InlineData("reading=%65lder.xlarge.yellow-on-black", Standard)]
    [InlineData("reading=elder.huge.black-on-white", Standard)]
    public async Task Each_reader_is_served_the_page_of_their_own_reading_settings_from_the_cache(string? cookie, string expected)
    {
        foreach (var path in Pages)
        {
            using var first = await Reader.GetAsync(path, cookie);
            using var second = await Reader.GetAsync(path, cookie);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(expected, await first.RenderedModeAsync());
            Assert.Equal(expected, await second.RenderedModeAsync());
            Assert.Equal("HIT", second.CacheStatus());
        }
    }

    [Fact]
    public async Task Readers_in_different_modes_taking_turns_each_keep_their_own_mode()
    {
        var readers = new (string? Cookie, string Mode)[] { (null, Standard), ("reading=elder.xlarge.black-on-white", "elder.xlarge.black-on-white") };
        foreach (var path in Pages)
        {
            for (var turn = 0; turn < 6; turn++)
            {
                var (cookie, mode) = readers[turn % 2];
                using var response = await Reader.GetAsync(path, cookie);
                Assert.Equal(mode, await response.RenderedModeAsync());
            }
        }
    }

    [Fact]
    public async Task An_analytics_cookie_beside_the_reading_cookie_neither_splits_nor_bypasses_the_cache()
    {
        foreach (var path in Pages)
        {
            using var warm = await Reader.GetAsync(path, "reading=elder.large.yellow-on-black");

            using var withAnalytics = await Reader.GetAsync(path, "_ga=GA1.2.1234567.1700000000; reading=elder.large.yellow-on-black; Hm_lvt_5f2e=1700000000");
            using var analyticsOnly = await Reader.GetAsync(path, "_ga=GA1.2.7654321.1700000001");
            using var standardAgain = await Reader.GetAsync(path, "_ga=GA1.2.7654321.1700000002");

            Assert.Equal("HIT", withAnalytics.CacheStatus());
            Assert.Equal("elder.large.yellow-on-black", await withAnalytics.RenderedModeAsync());
            Assert.Equal(Standard, await analyticsOnly.RenderedModeAsync());
            Assert.Equal("HIT", standardAgain.CacheStatus());
        }
    }

    [Fact]
    public async Task The_cookies_from_before_the_reading_cookie_still_work_and_skip_the_cache()
    {
        using var response = await Reader.GetAsync(Report, "reading-mode=elder; reading-text-size=xlarge");

        Assert.Equal("BYPASS", response.CacheStatus());
        Assert.Equal("elder.xlarge.black-on-white", await response.RenderedModeAsync());
    }

    /// <summary>
    /// Every value the application reads, generated from the reading settings' table: each current cookie and each
    /// cookie from before the last setting was added (its part missing). Nothing is listed by hand, so a new setting
    /// or value that nginx's map does not know fails here.
    /// </summary>
    public static TheoryData<string, string> EveryReadingCookie()
    {
        var data = new TheoryData<string, string>();
        foreach (var choice in ReadingCookie.EveryChoice())
        {
            var expected = ReadingCookie.Format(choice.Effective());
            var cookie = ReadingCookie.Format(choice);
            data.Add(cookie, expected);
            var last = ReadingSettings.All[^1];
            if (last.NameIn(choice) == last.ValueNames.First())
            {
                data.Add(cookie[..cookie.LastIndexOf('.')], expected);
            }
        }

        return data;
    }

    /// <summary>The cache is shared by every case: were two different pages under one key, a case would be sent the other's page.</summary>
    [Theory]
    [MemberData(nameof(EveryReadingCookie))]
    public async Task Every_reading_cookie_of_the_table_is_its_own_page_in_nginxs_cache(string cookie, string expected)
    {
        using var first = await Reader.GetAsync(Report, "reading=" + cookie);
        using var second = await Reader.GetAsync(Report, "reading=" + cookie);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(expected, await first.RenderedSettingsAsync());
        Assert.Equal(expected, await second.RenderedSettingsAsync());
        Assert.Equal("HIT", second.CacheStatus());
    }

    [Fact]
    public async Task The_switch_is_never_cached_and_its_cookie_is_secure_behind_tls()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await Reader.GetAsync($"/reading-mode/mode/elder?return={Report}", "reading=standard.xlarge.black-on-white");

            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal("NONE", response.CacheStatus());
            var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
            Assert.StartsWith("reading=elder.xlarge.black-on-white.simplified;", cookie);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Random_query_strings_are_served_the_stored_page_and_never_stored_themselves()
    {
        foreach (var path in Pages)
        {
            using var warm = await Reader.GetAsync(path, cookie: null);
            for (var i = 0; i < 20; i++)
            {
                using var response = await Reader.GetAsync($"{path}?r={Guid.NewGuid():N}&utm_source=x", cookie: null);
                Assert.Equal("HIT", response.CacheStatus());
            }
        }

        var junk = $"/no-such-page-{Guid.NewGuid():N}";
        using var firstJunk = await Reader.GetAsync(junk, cookie: null);
        using var secondJunk = await Reader.GetAsync(junk, cookie: null);
        Assert.Equal(HttpStatusCode.NotFound, secondJunk.StatusCode);
        Assert.Equal("MISS", secondJunk.CacheStatus());
    }

    [Fact]
    public async Task Search_and_health_probes_always_reach_the_site()
    {
        using var search = await Reader.GetAsync("/search?q=" + Uri.EscapeDataString("法治政府"), cookie: null);
        using var otherSearch = await Reader.GetAsync("/search?q=" + Uri.EscapeDataString("行政复议"), cookie: null);
        using var health = await Reader.GetAsync("/healthz", cookie: null);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("行政复议", await otherSearch.Content.ReadAsStringAsync());
        Assert.Equal("NONE", otherSearch.CacheStatus());
        Assert.Equal("NONE", health.CacheStatus());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    public async Task Each_encoding_is_kept_apart_and_decodes_to_the_same_page(string acceptEncoding, string? expected)
    {
        foreach (var path in Pages)
        {
            using var plain = await Reader.GetAsync(path, cookie: null, acceptEncoding: "identity");
            using var warm = await Reader.GetAsync(path, cookie: null, acceptEncoding);
            using var response = await Reader.GetAsync(path, cookie: null, acceptEncoding);

            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Equal("HIT", response.CacheStatus());
            Assert.Equal(await plain.Content.ReadAsStringAsync(), await response.DecodedTextAsync());
        }
    }

    [Fact]
    public async Task A_reader_who_has_the_page_gets_304_from_nginx()
    {
        foreach (var path in Pages)
        {
            using var first = await Reader.GetAsync(path, cookie: null, acceptEncoding: "br");
            var etag = first.Headers.ETag!.ToString();

            using var again = await Reader.GetAsync(path, cookie: null, acceptEncoding: "br", ifNoneMatch: etag);

            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal("HIT", again.CacheStatus());
            Assert.Equal(etag, again.Headers.ETag!.ToString());
        }
    }

    /// <summary>A reader follows the page's own 繁體 link through nginx and back by its 简体 link, keeping the mode.</summary>
    [Theory]
    [InlineData(null, "standard.large.black-on-white")]
    [InlineData("reading=elder.xlarge.yellow-on-black", "elder.xlarge.yellow-on-black")]
    public async Task A_reader_switches_to_traditional_and_back_through_nginx_with_the_cache_keeping_both(string? cookie, string mode)
    {
        var (traditional, traditionalCookie) = await FollowScriptSwitchAsync(Report, cookie, "繁體");
        using (traditional)
        {
            Assert.Equal($"{mode}.traditional", await traditional.RenderedSettingsAsync());
            Assert.Contains("臨沭縣", await traditional.Content.ReadAsStringAsync());
        }

        using var again = await Reader.GetAsync(Report, traditionalCookie);
        Assert.Equal("HIT", again.CacheStatus());
        Assert.Equal($"{mode}.traditional", await again.RenderedSettingsAsync());

        var (simplified, _) = await FollowScriptSwitchAsync(Report, traditionalCookie, "简体");
        using (simplified)
        {
            Assert.Equal($"{mode}.simplified", await simplified.RenderedSettingsAsync());
            Assert.DoesNotContain("臨沭縣", await simplified.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Asks for <paramref name="path"/>, follows its 文字 link labelled <paramref name="label"/> as a browser
    /// would (the cookie the 303 sets, then its Location), and returns that page with the cookie it was asked with.</summary>
    private async Task<(HttpResponseMessage Page, string Cookie)> FollowScriptSwitchAsync(string path, string? cookie, string label)
    {
        using var page = await Reader.GetAsync(path, cookie);
        var link = (await HtmlPage.ParseAsync(page)).QuerySelector("a.script-switch")!;
        Assert.Equal(label, link.TextContent);

        using var switched = await Reader.GetAsync(link.GetAttribute("href")!, cookie);
        Assert.Equal(HttpStatusCode.SeeOther, switched.StatusCode);
        Assert.Equal(path, switched.Headers.Location!.OriginalString);
        var newCookie = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("reading=", StringComparison.Ordinal)).Split(';')[0];

        var landed = await Reader.GetAsync(path, newCookie);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        return (landed, newCookie);
    }

    [Fact]
    public async Task Readers_get_http2_with_one_hsts_header_and_vary_cookie_on_every_page()
    {
        foreach (var path in Pages)
        {
            using var response = await Reader.GetAsync(path, cookie: null);

            Assert.Equal(HttpVersion.Version20, response.Version);
            Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
            Assert.Contains("Cookie", response.Headers.Vary);
            Assert.False(response.Headers.Contains("Server") && response.Headers.Server.ToString().Contains('/'), "nginx names its version");
        }
    }

    [Fact]
    public async Task The_site_logs_the_address_nginx_saw_never_one_the_reader_wrote()
    {
        var probe = $"/forwarded-probe-{Guid.NewGuid():N}";
        using var request = Reader.Request(probe);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "http");
        using var response = await Reader.SendAsync(request);

        var line = await InstanceLogs.WaitForLineAsync(site.Run, probe);
        Assert.Contains("\"ClientAddress\":\"127.0.0.1\"", line);
        Assert.DoesNotContain("203.0.113.9", line);
    }
}
