using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Security;

/// <summary>
/// Headers that make the browser refuse what the site never does: inline or foreign script and style,
/// framing, plugins, sniffing content types, or leaking full addresses to other sites.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Everything comes from this site; nothing inline, nothing evaluated, no plugins, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'none'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>A report site needs none of these powers.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    public Task InvokeAsync(HttpContext context)
    {
        // Static, with the response as state: a closure would cost every request two allocations.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers[HeaderNames.XFrameOptions] = "DENY";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
