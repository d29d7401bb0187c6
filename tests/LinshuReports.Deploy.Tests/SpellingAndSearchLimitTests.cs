using System.Net;
using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// Through the shipped nginx: other spellings of a page (encoded letters, dot segments) never enter its cache, and
/// a client searching faster than limit_req allows gets a Chinese 请稍后再试 page (nginx's, or the site's when its own
/// concurrency limit is reached first) while pages still answer.
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
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var response = await site.Reader.GetAsync("/search?q=" + Uri.EscapeDataString("法治") + "&n=" + i, cookie: null);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Body: await response.Content.ReadAsStringAsync());
        }));
        using var page = await site.Reader.GetAsync("/accessibility", cookie: null);

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r =>
        {
            Assert.Contains("请稍后再试</h1>", r.Body, StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(2), r.RetryAfter);
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
