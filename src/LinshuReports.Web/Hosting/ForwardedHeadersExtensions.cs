using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// Behind nginx, TLS ends at the proxy: the site learns the reader's scheme and address from the forwarded
/// headers, so HSTS, <c>Secure</c> cookies and the log's client address are right. Only a known proxy is
/// believed (loopback, and <see cref="ProxyOptions.KnownProxies"/>); anyone else could forge them.
/// </summary>
public static class ForwardedHeadersExtensions
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies holds something that is not an IP address");
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // The default ForwardLimit of 1 suits one proxy in front: only the address nginx saw is taken, never one a
            // reader wrote into the header (ForwardedHeadersTests).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }
}
