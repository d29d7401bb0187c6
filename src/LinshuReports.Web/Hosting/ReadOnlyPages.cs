using Microsoft.AspNetCore.Routing;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// Every page of the site is read-only: only GET and HEAD reach it, anything else is a 405 from routing.
/// Without this, Razor Pages runs a page for any method even when it has no handler for it.
/// The status page is the exception, since failed requests of any method are re-executed there.
/// </summary>
public static class ReadOnlyPages
{
    private static readonly HttpMethodMetadata GetAndHead = new([HttpMethods.Get, HttpMethods.Head]);

    public static PageActionEndpointConventionBuilder AllowOnlyReading(this PageActionEndpointConventionBuilder pages, string exceptRoutePrefix)
    {
        pages.Add(endpoint =>
        {
            var route = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? string.Empty;
            if (!route.TrimStart('/').StartsWith(exceptRoutePrefix, StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(GetAndHead);
            }
        });
        return pages;
    }
}
