using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The pages nginx sends from its cache are the site's own: the same bytes and exactly the headers an
/// instance sends, none written twice, with only nginx's own two added; and an address that is not exactly a page's
/// is answered as the site answers it.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class CachedPagesTests(NginxSite site) : IClassFixture<NginxSite>
{
    /// <summary>The headers nginx adds itself: HSTS for its TLS listener, what its cache did, and its name (without
    /// its version, server_tokens off), which nginx always sends.</summary>
    private static readonly string[] NginxOwn = ["server", "strict-transport-security", "x-cache-status"];

    /// <summary>Headers of the moment or of the connection's framing, which differ by nature between two responses.</summary>
    private static readonly string[] Framing = ["date", "age", "connection", "keep-alive", "transfer-encoding", "content-length"];

    private HttpClient Reader => site.Reader;

    [Theory]
    [InlineData("/", null, "br")]
    [InlineData("/years/2024", null, "gzip")]
    [InlineData("/reports/2024/linshu-county", null, "identity")]
    [InlineData("/reports/2024/linshu-county", "reading=elder.xlarge.yellow-on-black", "br")]
    [InlineData("/accessibility", "reading=elder.large.black-on-white", "identity")]
    public async Task A_cached_page_is_the_instance_s_page_byte_for_byte_with_exactly_the_instance_s_headers(string path, string? cookie, string encoding)
    {
        using var warm = await Reader.GetAsync(path, cookie, encoding);
        using var cached = await Reader.GetAsync(path, cookie, encoding);
        using var instance = InstanceClient();
        using var own = await instance.GetAsync(path, cookie, encoding);

        Assert.Equal("HIT", cached.CacheStatus());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(await own.Content.ReadAsByteArrayAsync(), await cached.Content.ReadAsByteArrayAsync());
        var instanceHeaders = Headers(own);
        var nginxHeaders = Headers(cached);
        Assert.Equal(NginxOwn, nginxHeaders.Keys.Except(instanceHeaders.Keys));
        Assert.Equal(instanceHeaders, new SortedDictionary<string, string>(nginxHeaders.Where(h => !NginxOwn.Contains(h.Key)).ToDictionary(), StringComparer.Ordinal));
        Assert.All(cached.Headers.Where(h => h.Key != "Vary"), h => Assert.Single(h.Value));
    }

    /// <summary>The stylesheets and script a page names, from nginx's cache: the instance's minified bytes under
    /// their versioned address, so that the version a page names is the file nginx keeps.</summary>
    [Theory]
    [InlineData("reading=standard.large.black-on-white", "br")]
    [InlineData("reading=elder.xlarge.yellow-on-black", "gzip")]
    public async Task A_page_s_stylesheets_and_script_from_the_cache_are_the_instance_s_minified_bytes(string cookie, string encoding)
    {
        using var page = await Reader.GetAsync("/reports/2024/linshu-county", cookie);
        var assets = (await HtmlPage.ParseAsync(page)).QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        using var instance = InstanceClient();

        Assert.Equal(cookie.StartsWith("reading=elder", StringComparison.Ordinal) ? 4 : 3, assets.Count);
        foreach (var asset in assets)
        {
            using var warm = await Reader.GetAsync(asset, cookie, encoding);
            using var cached = await Reader.GetAsync(asset, cookie, encoding);
            using var own = await instance.GetAsync(asset, cookie, encoding);
            var bytes = await cached.Content.ReadAsByteArrayAsync();
            var text = System.Text.Encoding.UTF8.GetString(ContentDecoding.Decode(bytes, encoding));

            Assert.Contains("?v=", asset, StringComparison.Ordinal);
            Assert.Equal("HIT", cached.CacheStatus());
            Assert.Equal(await own.Content.ReadAsByteArrayAsync(), bytes);
            // Minified: one line, without the source's comments.
            Assert.DoesNotContain('\n', text.TrimEnd());
            Assert.DoesNotContain("/*", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/reports/2024/linshu-county/")]
    [InlineData("/reports/2024/linshu%2Dcounty")]
    [InlineData("/Reports/2024/linshu-county")]
    [InlineData("/reports//2024/linshu-county")]
    [InlineData("/index.html")]
    [InlineData("/reports/2024/linshu-county/index.html")]
    [InlineData("/standard/reports/2024/linshu-county/index.html")]
    public async Task An_address_that_is_not_exactly_a_page_s_is_answered_as_the_site_answers_it(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Raw(site.Run.BaseUrl, address))
        {
            Version = Reader.DefaultRequestVersion,
            VersionPolicy = Reader.DefaultVersionPolicy,
        };
        using var response = await Reader.SendAsync(request);
        using var instance = InstanceClient();
        using var own = await instance.GetAsync(Raw(instance.BaseAddress!.ToString().TrimEnd('/'), address));

        Assert.Equal(own.StatusCode, response.StatusCode);
        Assert.Equal(own.Headers.Location, response.Headers.Location);
    }

    /// <summary>The address exactly as written: Uri would otherwise merge slashes and decode %2D before sending.</summary>
    private static Uri Raw(string baseUrl, string address) =>
        new(baseUrl + address, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    /// <summary>An instance asked as nginx asks it: its Host ($host, no port) and X-Forwarded-Proto, which a page may print.</summary>
    private HttpClient InstanceClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{site.Run.Instances.Keys.First()}"),
        };
        client.DefaultRequestHeaders.Host = "127.0.0.1";
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    [Fact]
    public async Task A_head_request_is_answered_from_the_cache_and_a_post_never_is()
    {
        using var warm = await Reader.GetAsync("/reports/2024/linshu-county", cookie: null);
        using var head = new HttpRequestMessage(HttpMethod.Head, "/reports/2024/linshu-county") { Version = Reader.DefaultRequestVersion, VersionPolicy = Reader.DefaultVersionPolicy };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/reports/2024/linshu-county") { Version = Reader.DefaultRequestVersion, VersionPolicy = Reader.DefaultVersionPolicy };

        using var headResponse = await Reader.SendAsync(head);
        using var postResponse = await Reader.SendAsync(post);

        Assert.Equal("HIT", headResponse.CacheStatus());
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.NotEqual("HIT", postResponse.CacheStatus());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, postResponse.StatusCode);
    }

    [Fact]
    public async Task The_access_log_names_how_each_request_was_served_as_the_reader_was_told()
    {
        using var warm = await Reader.GetAsync("/years/2024", cookie: null);
        using var cached = await Reader.GetAsync("/years/2024", cookie: null);
        using var search = await Reader.GetAsync("/search?q=" + Uri.EscapeDataString("法治"), cookie: null);

        // nginx writes a request's line once the response is sent, which may be just after the client has it.
        string[] lines = [];
        for (var tries = 0; tries < 50 && !lines.Any(l => l.Contains("\"GET /search?", StringComparison.Ordinal)); tries++)
        {
            await Task.Delay(100);
            lines = await File.ReadAllLinesAsync(site.Run.AccessLog);
        }

        Assert.Equal("HIT", cached.CacheStatus());
        Assert.Contains(lines, l => l.Contains("\"GET /years/2024 ", StringComparison.Ordinal) && l.EndsWith(" HIT", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"GET /search?", StringComparison.Ordinal) && l.EndsWith(" NONE", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith(" -", StringComparison.Ordinal));
    }

    /// <summary>Every header as name → value, values of a repeated header (Vary) joined and sorted.</summary>
    private static SortedDictionary<string, string> Headers(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
            .Where(h => !Framing.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).Order(StringComparer.Ordinal))),
            StringComparer.Ordinal);
}
