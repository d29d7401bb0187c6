using LinshuReports.Content.Catalog;

namespace LinshuReports.Web.Health;

/// <summary>
/// Probes for a load balancer: <c>/healthz</c> says the process answers; <c>/readyz</c> says the reports are
/// loaded, with their count, and is 503 with a short reason while the content folder is gone or unreadable (the last good
/// reports are still served). Neither reveals a path, a version or an error text.
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
            if (!catalog.IsLoaded)
            {
                return Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // The last good reports are still served, but this instance cannot see changes: a balancer should prefer another.
            return catalog.Unavailable is { } reason
                ? Results.Json(new { status = "unavailable", reason, reports = catalog.Current.Reports.Count }, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { status = "ready", reports = catalog.Current.Reports.Count });
        });
        return endpoints;
    }
}
