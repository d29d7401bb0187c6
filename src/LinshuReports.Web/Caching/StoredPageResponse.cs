using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

/// <summary>A stored page as the reader gets it: the encoding they accept, its ETag, and a 304 when they already have it.</summary>
public static class StoredPageResponse
{
    /// <summary>Reports change rarely; a shared cache may keep a page briefly and refresh it in the background.</summary>
    public const string CacheControl = "public, max-age=300, stale-while-revalidate=86400";

    public static async Task SendAsync(HttpContext context, RenderedPage page)
    {
        var request = context.Request;
        var response = context.Response;
        var (body, encoding, etag) = page.Representation(ContentEncodingNegotiation.Choose(request.Headers.AcceptEncoding));

        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (page.IsNamedBy(request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = body.Length;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
