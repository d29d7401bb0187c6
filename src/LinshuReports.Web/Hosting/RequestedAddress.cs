using System.Net;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// The address a page was asked for, printed on paper when <c>Site:PublicBaseUrl</c> is not set. A page is rendered
/// once and served to every reader, and anyone can send any Host header: so the whole address only when asked on this
/// machine (a clerk's or developer's localhost), otherwise the path, which a forged host cannot change.
/// </summary>
public static class RequestedAddress
{
    public static string Of(HttpRequest request, string path) =>
        IsThisMachine(request.Host.Host) ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}" : $"{request.PathBase}{path}";

    private static bool IsThisMachine(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
