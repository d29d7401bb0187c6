using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The pages nginx sends from the site's export are the site's own: the same bytes and the same headers as
/// an instance sends, and only for an address exactly as the site would answer it with that page.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class ExportedPagesTests(NginxSite site) : IClassFixture<NginxSite>
{
    /// <summary>Headers that differ by nature between two servers sending the same file, or that nginx alone adds.</summary>
    private static readonly string[] OwnHeaders = ["Date", "ETag", "Last-Modified", "Accept-Ranges", "Server", "Strict-Transport-Security", "X-Cache-Status", "Connection", "Keep-Alive"];

    private HttpClient Reader => site.Reader;

    [Theory]
    [InlineData("/", null, "br")]
    [InlineData("/years/2024", null, "gzip")]
    [InlineData("/reports/2024/linshu-county", null, "identity")]
    [InlineData("/reports/2024/linshu-county", "reading=elder.xlarge.yellow-on-black", "br")]
    [InlineData("/", "reading=elder.large.black-on-white", "identity")]
    public async Task An_exported_page_is_the_instance_s_page_byte_for_byte_with_the_instance_s_headers(string path, string? cookie, string encoding)
    {
        using var exported = await Reader.GetAsync(path, cookie, encoding);
        using var instance = InstanceClient();
        using var own = await instance.GetAsync(path, cookie, encoding);

        Assert.Equal("EXPORT", exported.CacheStatus());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(await own.Content.ReadAsByteArrayAsync(), await exported.Content.ReadAsByteArrayAsync());
        Assert.Equal(Headers(own), Headers(exported));
    }

    [Theory]
    [InlineData("/reports/2024/linshu-county/")]
    [InlineData("/reports/2024/linshu%2Dcounty")]
    [InlineData("/Reports/2024/linshu-county")]
    [InlineData("/reports//2024/linshu-county")]
    [InlineData("/index.html")]
    [InlineData("/reports/2024/linshu-county/index.html")]
    [InlineData("/standard/reports/2024/linshu-county/index.html")]
    public async Task An_address_that_is_not_exactly_a_page_s_is_answered_by_the_site_as_before(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Raw(site.Run.BaseUrl, address))
        {
            Version = Reader.DefaultRequestVersion,
            VersionPolicy = Reader.DefaultVersionPolicy,
        };
        using var response = await Reader.SendAsync(request);
        using var instance = InstanceClient();
        using var own = await instance.GetAsync(Raw(instance.BaseAddress!.ToString().TrimEnd('/'), address));

        Assert.NotEqual("EXPORT", response.CacheStatus());
        Assert.Equal(own.StatusCode, response.StatusCode);
        Assert.Equal(own.Headers.Location, response.Headers.Location);
    }

    /// <summary>The address exactly as written: Uri would otherwise merge slashes and decode %2D before sending.</summary>
    private static Uri Raw(string baseUrl, string address) =>
        new(baseUrl + address, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    private HttpClient InstanceClient() => new(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{site.Run.Instances.Keys.First()}"),
    };

    [Fact]
    public async Task Only_get_and_head_are_sent_from_the_export()
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, "/reports/2024/linshu-county") { Version = Reader.DefaultRequestVersion, VersionPolicy = Reader.DefaultVersionPolicy };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/reports/2024/linshu-county") { Version = Reader.DefaultRequestVersion, VersionPolicy = Reader.DefaultVersionPolicy };

        using var headResponse = await Reader.SendAsync(head);
        using var postResponse = await Reader.SendAsync(post);

        Assert.Equal("EXPORT", headResponse.CacheStatus());
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.NotEqual("EXPORT", postResponse.CacheStatus());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, postResponse.StatusCode);
    }

    [Fact]
    public async Task The_access_log_names_how_each_request_was_served_as_the_reader_was_told()
    {
        using var exported = await Reader.GetAsync("/years/2024", cookie: null);
        using var cached = await Reader.GetAsync("/accessibility", cookie: null);

        // nginx writes a request's line once the response is sent, which may be just after the client has it.
        string[] lines = [];
        for (var tries = 0; tries < 50 && !lines.Any(l => l.Contains("\"GET /accessibility ", StringComparison.Ordinal)); tries++)
        {
            await Task.Delay(100);
            lines = await File.ReadAllLinesAsync(site.Run.AccessLog);
        }

        Assert.Equal("EXPORT", exported.CacheStatus());
        Assert.Contains(lines, l => l.Contains("\"GET /years/2024 ", StringComparison.Ordinal) && l.EndsWith(" EXPORT", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"GET /accessibility ", StringComparison.Ordinal) && l.EndsWith(" " + cached.CacheStatus(), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith(" -", StringComparison.Ordinal));
    }

    /// <summary>Every header as name → value, values of a repeated header (Vary) joined and sorted.</summary>
    private static SortedDictionary<string, string> Headers(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
            .Where(h => !OwnHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase) && h.Key != "Content-Length")
            .GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).Order(StringComparer.Ordinal))),
            StringComparer.Ordinal);
}
