namespace LinshuReports.Web.Hosting;

/// <summary>
/// Configuration section <c>Proxy</c>: the reverse proxies (nginx) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the site believes. Loopback is always trusted; from anyone else the headers are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of further proxies, e.g. nginx on another machine: <c>Proxy__KnownProxies__0=10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
