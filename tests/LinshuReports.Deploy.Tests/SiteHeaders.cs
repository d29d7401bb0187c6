using System.Net;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// The headers every response of the site carries whatever it answers (its security headers), as an instance sends
/// them, and the check that a page nginx writes itself (busy, maintenance, bad request) carries the same.
/// </summary>
public static class SiteHeaders
{
    /// <summary>Headers that describe one response, not the site: its type, size, time, caching and framing.</summary>
    private static readonly string[] OfOneResponse =
    [
        "date", "age", "connection", "keep-alive", "transfer-encoding", "content-length", "content-type", "content-encoding",
        "cache-control", "vary", "etag", "last-modified", "expires", "retry-after", "server",
    ];

    /// <summary>What an instance sends with its 404 page, asked directly, less what describes that one response.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfAnInstanceAsync(RunLocal run)
    {
        using var instance = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        using var response = await instance.GetAsync($"http://127.0.0.1:{run.Instances.Keys.First()}/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var headers = Of(response.Headers.Concat(response.Content.Headers));
        Assert.Contains("content-security-policy", headers.Keys);
        return headers.Where(h => !OfOneResponse.Contains(h.Key)).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every header as lower-case name → its values joined, in order.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) =>
        headers.GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(" | ", g.SelectMany(h => h.Value)), StringComparer.Ordinal);

    /// <summary>Each of the site's headers is in <paramref name="nginxPage"/> once, with the site's value.</summary>
    public static void AssertCarried(IReadOnlyDictionary<string, string> site, IReadOnlyDictionary<string, string> nginxPage)
    {
        var names = site.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            string.Join('\n', names.Select(name => $"{name}: {site[name]}")),
            string.Join('\n', names.Select(name => $"{name}: {nginxPage.GetValueOrDefault(name, "(missing)")}")));
    }
}
