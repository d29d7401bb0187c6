using LinshuReports.Content.Catalog;

namespace LinshuReports.Web.Health;

/// <summary>
/// Probes for a load balancer: <c>/healthz</c> says the process answers; <c>/readyz</c> says the reports are
/// loaded, with their count. Neither reveals a path, a version or an error text.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text("ok", "text/plain");
        });

        endpoints.MapMethods("/readyz", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ICurrentCatalog catalog) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return catalog.IsLoaded
                ? Results.Json(new { status = "ready", reports = catalog.Current.Reports.Count })
                : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
