using System.Net;
using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// Through the shipped nginx: other spellings of a page (encoded letters, dot segments) never enter its cache;
/// a client searching faster than limit_req allows gets a Chinese 请稍后再试 page (nginx's, or the site's when its own
/// concurrency limit is reached first) while pages still answer; and every page nginx writes itself carries the
/// site's security headers, as an instance sends them.
/// </summary>
[Collection(DeploymentGroup.Name)]
public sealed partial class SpellingAndSearchLimitTests(NginxSite site) : IClassFixture<NginxSite>
{
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private static readonly string[] Pages = ["/reports/2024/linshu-county", "/accessibility", "/years/2024", "/"];

    [Fact]
    public async Task Ten_seconds_of_random_spellings_add_no_file_to_the_cache_and_each_is_a_redirect_or_a_404()
    {
        foreach (var page in Pages)
        {
            using var warm = await site.Reader.GetAsync(page, cookie: null);
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var cache = CacheFolder().Match(site.Run.Output).Groups[1].Value;
        var before = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Length;
        var random = new Random(29);
        var failures = new List<string>();
        var sent = 0;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var spelling = Spell(Pages[random.Next(Pages.Length)], random);
            foreach (var _ in new[] { "first", "again" })
            {
                using var response = await site.Reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(site.Run.BaseUrl + spelling, AsWritten))
                {
                    Version = HttpVersion.Version20,
                    VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                });
                sent++;
                if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.NotFound) || response.CacheStatus() == "HIT")
                {
                    failures.Add($"{(int)response.StatusCode} {response.CacheStatus()} {spelling}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(sent > 20, $"only {sent} requests in 10 s");
        Assert.Equal(before, Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_client_searching_faster_than_limit_req_gets_the_chinese_429_page_while_pages_answer()
    {
        var siteHeaders = await SiteHeaders.OfAnInstanceAsync(site.Run);
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var response = await site.Reader.GetAsync("/search?q=" + Uri.EscapeDataString("法治") + "&n=" + i, cookie: null);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Body: await response.Content.ReadAsStringAsync(),
                Headers: SiteHeaders.Of(response.Headers.Concat(response.Content.Headers)));
        }));
        using var page = await site.Reader.GetAsync("/accessibility", cookie: null);

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r =>
        {
            Assert.Contains("请稍后再试</h1>", r.Body, StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(2), r.RetryAfter);
            SiteHeaders.AssertCarried(siteHeaders, r.Headers);
        });
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // limit_req lets searches through again as its bucket drains (4 a second); a refused request does not refill it.
        await Eventually.TrueAsync(async () =>
        {
            using var later = await site.Reader.GetAsync("/search?q=" + Uri.EscapeDataString("法治"), cookie: null);
            return later.StatusCode == HttpStatusCode.OK;
        }, "searches were still refused once the client slowed down");
    }

    [Theory]
    [InlineData("a request line longer than nginx takes", 414)]
    [InlineData("an HTTP/1.1 request without a Host header", 400)]
    public async Task A_request_nginx_refuses_itself_gets_a_chinese_page_with_the_site_s_security_headers(string request, int status)
    {
        var siteHeaders = await SiteHeaders.OfAnInstanceAsync(site.Run);
        var raw = status == 414
            ? $"GET /search?q={new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            : "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";

        var response = await RawTlsRequest.SendAsync(site.Run, raw);

        Assert.True(status == response.Status, $"{request}: {response.Status}");
        Assert.Contains("网址有误", response.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"/notice.css\"", response.Body, StringComparison.Ordinal);
        SiteHeaders.AssertCarried(siteHeaders, response.Headers);
    }

    /// <summary>
    /// HTTP/2's header limit counts the compressed header (a browser's Huffman-coded 10 KB address fits), so without
    /// nginx's own check such a target reached an instance, whose Kestrel answered a bare 414. 8,100 characters is
    /// what this client (which sends the address uncompressed) can send under that limit.
    /// </summary>
    [Fact]
    public async Task Over_http2_a_request_target_of_8000_characters_or_more_gets_nginx_s_chinese_414_page()
    {
        var siteHeaders = await SiteHeaders.OfAnInstanceAsync(site.Run);

        using var response = await site.Reader.GetAsync("/?q=" + new string('a', 8_096), cookie: null);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("网址有误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SiteHeaders.AssertCarried(siteHeaders, SiteHeaders.Of(response.Headers.Concat(response.Content.Headers)));
    }

    [Fact]
    public async Task The_stylesheet_of_nginx_s_own_pages_is_nginx_s_with_the_site_s_security_headers()
    {
        var siteHeaders = await SiteHeaders.OfAnInstanceAsync(site.Run);

        using var response = await site.Reader.GetAsync("/notice.css", cookie: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("font-family", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SiteHeaders.AssertCarried(siteHeaders, SiteHeaders.Of(response.Headers.Concat(response.Content.Headers)));
    }

    /// <summary>One character after the leading slash percent-encoded (either case of hex), or a dot segment at a slash.</summary>
    private static string Spell(string page, Random random)
    {
        var slashes = Enumerable.Range(0, page.Length).Where(i => page[i] == '/').ToArray();
        var slash = slashes[random.Next(slashes.Length)];
        var at = random.Next(1, page.Length);
        return random.Next(3) switch
        {
            0 when page.Length > 1 => page[..at] + "%" + ((int)page[at]).ToString(random.Next(2) == 0 ? "X2" : "x2", null) + page[(at + 1)..],
            1 => page[..slash] + "/." + page[slash..],
            _ => page[..slash] + "/x" + random.Next(1000) + "/.." + page[slash..],
        };
    }

    [GeneratedRegex(@"cache (\S+), access log")]
    private static partial Regex CacheFolder();
}
