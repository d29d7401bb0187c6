using System.Globalization;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LinshuReports.Web.Routing;

/// <summary>
/// One address per page. Routing is lenient: <c>/Reports/0002024/linshu-county/</c>, <c>/reports/+2024/…</c> and
/// <c>/reports/%202024/…</c> all reach the 2024 report. Each such alias is answered with a 301 to the address the
/// site itself links to, before anything renders, so anything keyed by the path (the page cache, logs, search
/// engines) sees one address per page and a flood of aliases costs a redirect each.
/// </summary>
public sealed class CanonicalAddressMiddleware(RequestDelegate next, LinkGenerator links)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.IsReExecuted()
            || context.GetEndpoint() is not RouteEndpoint { } endpoint
            || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page
            || CanonicalPath(context, endpoint.RoutePattern, page) is not { } canonical
            || string.Equals(Uri.UnescapeDataString(canonical), context.Request.PathBase.Value + context.Request.Path.Value, StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = canonical + context.Request.QueryString.ToUriComponent();
        return Task.CompletedTask;
    }

    /// <summary>The page's address as the site writes it: integers without zeros, signs or spaces; lower case; no trailing slash.</summary>
    private string? CanonicalPath(HttpContext context, RoutePattern pattern, PageActionDescriptor page)
    {
        var values = new RouteValueDictionary();
        foreach (var parameter in pattern.Parameters)
        {
            var value = context.Request.RouteValues[parameter.Name];
            var isInteger = parameter.ParameterPolicies.Any(p => p.Content == "int");
            values[parameter.Name] = isInteger && value is string text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : value;
        }

        return links.GetPathByPage(page.ViewEnginePath, handler: null, values, context.Request.PathBase);
    }
}
