using LinshuReports.Web.Hosting;
using LinshuReports.Web.ReadingModes;
using LinshuReports.Web.Routing;

namespace LinshuReports.Web.Caching;

/// <summary>
/// The fast path of render once, serve many: a page already in the cache is sent before compression, static
/// files, routing and canonical addresses, none of which it needs (measured in tests/bench/README.md). It stands
/// inside the error handling, since reading the cache reads the catalog, which may fail.
/// </summary>
/// <remarks>
/// Only <see cref="PageCacheMiddleware"/> stores pages, after routing has found a Razor page and the canonical
/// address check has let its path through, so a path found here is that page's canonical address: an alias
/// (<c>/Reports/02024/…</c>) is never found and goes on to its redirect, and neither is a spelling that decodes to
/// the canonical path (<c>/%72eports/…</c>, <c>/x/../reports/…</c>). Requests this misses take the full
/// pipeline, where the page is rendered and stored once.
/// </remarks>
public sealed class StoredPageMiddleware(RequestDelegate next, PageCache cache)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !context.IsReExecuted()
            && RawRequestPath.IsAsDecoded(context)
            && cache.Current.TryGet(request.Path.Value ?? "/", context.GetReadingPreferences(), out var page)
                ? StoredPageResponse.SendAsync(context, page)
                : next(context);
    }
}
