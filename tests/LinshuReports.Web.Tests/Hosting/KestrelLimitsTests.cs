using System.Net.Sockets;
using System.Text;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>
/// Malformed requests that never get past a real server's parser (the in-memory test server cannot even
/// send them), sent as raw bytes to Kestrel: each gets a 4xx, and the site keeps serving.
/// </summary>
public sealed class KestrelLimitsTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    public static TheoryData<string> RawRequests() => new()
    {
        "GET /%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /css/site.css%00.md HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /reports/2024/linshu-county/files/%00.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /" + new string('a', 20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + new string('h', 40_000) + "\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"X-{i}: {i}\r\n")) + "\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: reading-mode=" + new string('e', 40_000) + "\r\n\r\n",
        "GET /\u00e9 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
        "GET /../../appsettings.json HTTP/1.1\r\nHost: localhost\r\n\r\n",
    };

    [Theory]
    [MemberData(nameof(RawRequests))]
    public async Task MalformedRequest_Gets4xxAndTheSiteKeepsServing(string raw)
    {
        var status = await SendRawAsync(raw);

        Assert.InRange(status, 400, 499);
        Assert.Equal(200, await SendRawAsync("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    [Fact]
    public async Task UnknownHttpVersion_Gets505FromTheServerItself() =>
        Assert.Equal(505, await SendRawAsync("GET / HTTP/9.9\r\nHost: localhost\r\n\r\n"));

    private async Task<int> SendRawAsync(string raw)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", site.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(raw));
        var buffer = new byte[64];
        var read = await stream.ReadAtLeastAsync(buffer, 12, throwOnEndOfStream: false);
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
        return int.Parse(statusLine.AsSpan(9, 3), provider: null);
    }

    [Fact]
    public async Task TheRealServer_DoesNotNameItself()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(site.BaseUrl + "/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "the Server header tells an attacker which software to try");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }
}
