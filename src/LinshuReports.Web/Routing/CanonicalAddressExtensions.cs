namespace LinshuReports.Web.Routing;

public static class CanonicalAddressExtensions
{
    public static IServiceCollection AddCanonicalAddresses(this IServiceCollection services)
    {
        // Slugs and the site's own paths are lower case; a link generated from "/Reports/…/LINSHU-COUNTY" must be too.
        services.Configure<RouteOptions>(routes =>
        {
            routes.LowercaseUrls = true;
            routes.SetParameterPolicy<ReportAddressConstraint>(ReportAddressConstraint.Name);
        });
        return services;
    }

    /// <summary>After routing, which it needs to know the page; before the page cache, which keys by the canonical path.</summary>
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) =>
        app.UseMiddleware<CanonicalAddressMiddleware>();
}
