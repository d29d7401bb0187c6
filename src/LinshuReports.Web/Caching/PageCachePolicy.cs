using System.Globalization;
using LinshuReports.Content.Catalog;
using LinshuReports.Web.Hosting;
using LinshuReports.Web.ReadingModes;
using LinshuReports.Web.Routing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

/// <summary>
/// What the framework's output cache keeps: Razor pages asked for by GET or HEAD, one entry per path as sent,
/// reading settings and encoding, stored only when they succeed as text and set no cookie. It runs before
/// <see cref="Routing.CanonicalAddressMiddleware"/>: only the canonical spelling of an address is ever stored (any
/// other is redirected, and a redirect is not stored), so a hit needs no canonical check. A path the server decoded
/// (<c>%72eports</c>, dot segments) is not looked up at all, since its decoded form would match the stored page.
/// </summary>
/// <remarks>
/// The query is not part of the key, so it neither splits the cache nor forces a render, and
/// <see cref="StoredPageHeadersMiddleware"/> removes it before a page to be stored is rendered, so it never reaches a
/// stored page. Search, marked <see cref="VariesByQueryAttribute"/>, is never cached. The request is left with
/// exactly the one encoding its key names, so response compression (inside the cached part of the pipeline) produces
/// the bytes the key promises and a hit never compresses.
/// </remarks>
public sealed class PageCachePolicy(ICurrentCatalog catalogs) : IOutputCachePolicy
{
    /// <summary>Every stored page carries it, so a change to the reports evicts them all at once.</summary>
    public const string Tag = "pages";

    private CatalogVersion _version = new(ReportCatalog.Empty, 0, "0");

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<PageActionDescriptor>() is null
            || metadata.GetMetadata<VariesByQueryAttribute>() is not null
            || http.IsReExecuted()
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !RawRequestPath.IsAsDecoded(http))
        {
            return;
        }

        var encoding = ContentEncodingNegotiation.Choose(request.Headers.AcceptEncoding);
        // "identity" rather than none, so that compression still marks the plain page Vary: Accept-Encoding.
        request.Headers.AcceptEncoding = encoding ?? "identity";

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        context.Tags.Add(Tag);
        var rules = context.CacheVaryByRules;
        rules.VaryByHost = false;
        rules.VaryByValues["reading"] = ReadingCookie.Format(http.GetReadingPreferences());
        rules.VaryByValues["encoding"] = encoding ?? "identity";
        // A render that began before a change may finish after it: its page is stored under the old number, where
        // no request looks any more, so a reader is never sent a page of reports older than those the site serves.
        rules.VaryByValues["catalog"] = await CurrentVersionAsync(http.RequestServices, cancellation);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !IsPageText(response.ContentType)
            || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Pages, the Atom feed and sitemap.xml; never a file download.</summary>
    private static bool IsPageText(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The number of the catalog readers see now; the first request after a change evicts every stored page.</summary>
    /// <remarks>The store is found per change, not injected: it is built from the options this policy is part of.</remarks>
    private async ValueTask<string> CurrentVersionAsync(IServiceProvider services, CancellationToken cancellation)
    {
        var seen = Volatile.Read(ref _version);
        var catalog = catalogs.Current;
        if (ReferenceEquals(seen.Catalog, catalog))
        {
            return seen.Key;
        }

        var number = seen.Number + 1;
        var next = new CatalogVersion(catalog, number, number.ToString(CultureInfo.InvariantCulture));
        if (Interlocked.CompareExchange(ref _version, next, seen) == seen)
        {
            await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellation);
            return next.Key;
        }

        return Volatile.Read(ref _version).Key;
    }

    /// <summary>The catalog the stored pages were rendered from, its number in this process, and that number as the
    /// cache key's text, made once per change rather than per request.</summary>
    private sealed record CatalogVersion(ReportCatalog Catalog, long Number, string Key);
}
