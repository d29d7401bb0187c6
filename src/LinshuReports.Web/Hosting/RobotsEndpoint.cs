using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// robots.txt: crawlers are kept off the reading-mode switches, which only change how pages look for one reader,
/// and pointed at sitemap.xml, whose address must be absolute and so exists only with Site:PublicBaseUrl.
/// </summary>
public static class RobotsEndpoint
{
    public static IEndpointRouteBuilder MapRobots(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/robots.txt", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, IOptions<SiteOptions> site) =>
        {
            var text = "User-agent: *\nDisallow: /reading-mode/\n";
            if (PublicBase.Of(site.Value) is { } baseUri)
            {
                text += $"Sitemap: {new Uri(baseUri, "/sitemap.xml").AbsoluteUri}\n";
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(text, "text/plain; charset=utf-8");
        });
        return endpoints;
    }
}
