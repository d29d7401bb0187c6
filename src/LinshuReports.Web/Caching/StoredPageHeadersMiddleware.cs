using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

/// <summary>
/// Renders a page the output cache is about to store without the query (which is not in the key), so nothing a
/// reader added to the address reaches the copy every reader is sent; and gives it a strong ETag, the hash of its
/// exact (compressed) bytes, and the shared-cache lifetime. It runs only when a page is rendered: a stored page is
/// sent with the headers it was stored with, and the output cache answers a matching If-None-Match with a 304 from
/// the lookup alone. The hash of the bytes, not a version number, so that every instance behind nginx gives the same
/// page the same ETag and nginx's revalidation succeeds whichever instance it asks.
/// </summary>
public sealed class StoredPageHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Reports change rarely; a shared cache may keep a page briefly and refresh it in the background.</summary>
    public const string CacheControl = "public, max-age=300, stale-while-revalidate=86400";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true })
        {
            await next(context);
            return;
        }

        context.Request.QueryString = QueryString.Empty;
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            response.Headers.ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).AsSpan(0, 12))}\"";
            response.Headers.CacheControl = CacheControl;
            response.ContentLength = buffer.Length;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
