using System.Net;
using Microsoft.AspNetCore.Http;

namespace LinshuReports.Clerk.Preview;

/// <summary>
/// What keeps a preview private: only this machine may ask (drafts are not public), nothing it sends may be kept by a
/// browser, proxy or search engine, and what could carry a draft elsewhere (the feed, the sitemap, robots.txt) is absent.
/// </summary>
public sealed class PreviewMiddleware(RequestDelegate next)
{
    public const string CacheControl = "no-store";

    public const string RobotsTag = "noindex, nofollow";

    private static readonly string[] Withheld = ["/feed.xml", "/sitemap.xml", "/robots.txt"];

    public Task InvokeAsync(HttpContext context)
    {
        // Null is no network peer at all (an in-memory test server or a Unix socket).
        if (context.Connection.RemoteIpAddress is { } peer && !IPAddress.IsLoopback(peer))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("预览只能在本机打开。", context.RequestAborted);
        }

        // Registered before anything else, this callback runs last, so its headers win over any cache's.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = CacheControl;
            headers["X-Robots-Tag"] = RobotsTag;
            headers.Remove("ETag");
            headers.Remove("Last-Modified");
            headers.Remove("Expires");
            return Task.CompletedTask;
        });

        if (Withheld.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("预览不提供订阅、站点地图和 robots.txt。", context.RequestAborted);
        }

        return next(context);
    }
}
