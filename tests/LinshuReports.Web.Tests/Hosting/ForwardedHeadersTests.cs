using System.Net;
using LinshuReports.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>TLS ends at nginx: the site believes X-Forwarded-Proto and -For from its proxy, and from no one else.</summary>
public sealed class ForwardedHeadersTests
{
    /// <summary>Places the connection's peer at <paramref name="peer"/>, as if the request came from there.</summary>
    private sealed class PeerAddress(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static SiteFactory SiteWithPeer(string peer, LogCapture? sink = null, string? knownProxy = null) =>
        new()
        {
            Settings = knownProxy is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Proxy:KnownProxies:0"] = knownProxy },
            ReplaceServices = services =>
            {
                services.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer)));
                if (sink is not null)
                {
                    services.AddSingleton<ILogEventSink>(sink);
                }
            },
        };

    private static async Task<HttpResponseMessage> SendForwardedAsync(SiteFactory site, string url, string forwardedFor = "198.51.100.7")
    {
        // A public name: HSTS is never sent for localhost.
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://fzzf.linshu.gov.cn" + url);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await site.CreateRawClient().SendAsync(request);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task FromTheLocalProxy_HttpsIsBelieved_ForHstsAndSecureCookies(string proxy)
    {
        using var site = SiteWithPeer(proxy);

        using var page = await SendForwardedAsync(site, "/");
        using var toggle = await SendForwardedAsync(site, "/reading-mode/mode/elder?return=%2F");

        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("secure", Assert.Single(toggle.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FromAnyoneElse_TheHeadersAreIgnored()
    {
        using var site = SiteWithPeer("203.0.113.9");

        using var page = await SendForwardedAsync(site, "/");
        using var toggle = await SendForwardedAsync(site, "/reading-mode/mode/elder?return=%2F");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", Assert.Single(toggle.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AConfiguredProxyElsewhere_IsBelieved()
    {
        using var site = SiteWithPeer("10.0.0.5", knownProxy: "10.0.0.5");

        using var page = await SendForwardedAsync(site, "/");

        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("127.0.0.1", "198.51.100.7")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    public async Task TheLog_NamesTheReader_AsTheTrustedProxySawThem(string peer, string logged)
    {
        var sink = new LogCapture();
        using var site = SiteWithPeer(peer, sink);

        using var response = await SendForwardedAsync(site, "/accessibility");

        var line = await sink.WaitForAsync(e => e.Properties.ContainsKey("ClientAddress"));

        Assert.Equal($"\"{logged}\"", line.Properties["ClientAddress"].ToString());
    }

    [Fact]
    public async Task AnAddressTheReaderWroteIntoTheHeader_IsNotBelieved()
    {
        // nginx appends the peer it saw to whatever the reader sent; only that last hop is nginx's own word.
        var sink = new LogCapture();
        using var site = SiteWithPeer("127.0.0.1", sink);

        using var response = await SendForwardedAsync(site, "/accessibility", forwardedFor: "10.1.2.3, 198.51.100.7");

        var line = await sink.WaitForAsync(e => e.Properties.ContainsKey("ClientAddress"));
        Assert.Equal("\"198.51.100.7\"", line.Properties["ClientAddress"].ToString());
    }
}
