using LinshuReports.Web.ReadingModes;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

/// <summary>
/// Render once, serve many: the first request for a page in a mode renders it through Razor; every
/// later one gets the stored bytes, already compressed, with an ETag and a 304 when the reader has it.
/// Only plain GET/HEAD requests for Razor pages are cached, and only when they succeed. It runs after
/// <see cref="Routing.CanonicalAddressMiddleware"/>, so each page has one key however its address was spelt;
/// once a page is stored, <see cref="StoredPageMiddleware"/> answers for it before routing.
/// </summary>
/// <remarks>
/// Pages do not read the query string, so a query never makes a page differ: it is removed before rendering
/// (a junk query cannot reach a stored page) and ignored on lookup (a random query cannot force a render).
/// The one exception, search, is marked <see cref="VariesByQueryAttribute"/> and never stored.
/// </remarks>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var metadata = context.GetEndpoint()?.Metadata;
        var isPage = metadata?.GetMetadata<PageActionDescriptor>() is not null && metadata.GetMetadata<VariesByQueryAttribute>() is null;

        // Error and status pages are re-executions of a failed request; they must work even when the store does not.
        if (!isPage || context.IsReExecuted() || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        request.QueryString = QueryString.Empty;
        var generation = cache.Current;
        var path = request.Path.Value ?? "/";
        var preferences = context.GetReadingPreferences();
        if (generation.TryGet(path, preferences, out var page))
        {
            await StoredPageResponse.SendAsync(context, page);
            return;
        }

        if (generation.JoinRendering(path, preferences, out var ownRender) is { } othersRender)
        {
            if (await othersRender.WaitAsync(context.RequestAborted) is { } rendered)
            {
                await StoredPageResponse.SendAsync(context, rendered);
            }
            else
            {
                await next(context);
            }

            return;
        }

        RenderedPage? stored = null;
        try
        {
            stored = await RenderAndStoreAsync(context, next, generation, path, preferences);
        }
        finally
        {
            generation.EndRendering(path, preferences, ownRender, stored);
        }

        if (stored is not null)
        {
            await StoredPageResponse.SendAsync(context, stored);
        }
    }

    /// <summary>Runs the rest of the pipeline into a buffer; stores the page when it may be kept, and otherwise sends it as it is.</summary>
    private static async Task<RenderedPage?> RenderAndStoreAsync(
        HttpContext context, RequestDelegate next, PageCache.Generation generation, string path, ReadingPreferences preferences)
    {
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

        var cacheable = response.StatusCode == StatusCodes.Status200OK
            && IsCacheable(response.ContentType)
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding);
        if (cacheable && generation.TryStore(path, preferences, response.ContentType!, buffer.ToArray()) is { } page)
        {
            return page;
        }

        // Not kept: sent plain, and compressed (if at all) by the framework's fast response compression.
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return null;
    }

    /// <summary>Pages, the Atom feed and sitemap.xml: text the cache compresses well, and no file download.</summary>
    private static bool IsCacheable(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase));
}
