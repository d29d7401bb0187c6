using LinshuReports.TestSupport;
using System.Net;

namespace LinshuReports.Deploy.Tests;

/// <summary>A reader's browser as nginx sees it: HTTP/2 over TLS, trusting only the run's self-signed certificate;
/// cookies and encodings exactly as each test sends them; redirects not followed.</summary>
public static class ReaderClient
{
    public static HttpClient For(RunLocal run) => new(new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == run.Certificate.GetCertHashString() },
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = new Uri(run.BaseUrl),
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, string? cookie, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = client.Request(path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (acceptEncoding is not null)
        {
            request.Headers.Add("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A GET as the client's defaults say (HTTP/2 only): a request message built by hand would be HTTP/1.1.</summary>
    public static HttpRequestMessage Request(this HttpClient client, string path) =>
        new(HttpMethod.Get, path) { Version = client.DefaultRequestVersion, VersionPolicy = client.DefaultVersionPolicy };

    /// <summary>What nginx's cache did with the response (X-Cache-Status).</summary>
    public static string CacheStatus(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? string.Join(",", values) : "(none)";

    /// <summary>The reading settings a page was rendered in, from its root element.</summary>
    public static async Task<string> RenderedModeAsync(this HttpResponseMessage response)
    {
        var root = (await HtmlPage.ParseAsync(response)).DocumentElement;
        Assert.Equal("zh-CN", root.GetAttribute("lang"));
        return $"{root.GetAttribute("data-reading-mode")}.{root.GetAttribute("data-text-size")}.{root.GetAttribute("data-colour-scheme")}";
    }

    /// <summary>Every reading setting a page was rendered in, as the reading cookie names them; the script from its <c>lang</c>.</summary>
    public static async Task<string> RenderedSettingsAsync(this HttpResponseMessage response)
    {
        var root = (await HtmlPage.ParseAsync(response)).DocumentElement;
        var script = root.GetAttribute("lang") == "zh-Hant" ? "traditional" : "simplified";
        return $"{root.GetAttribute("data-reading-mode")}.{root.GetAttribute("data-text-size")}.{root.GetAttribute("data-colour-scheme")}.{script}";
    }
}
