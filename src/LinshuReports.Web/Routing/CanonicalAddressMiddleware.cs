using System.Globalization;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LinshuReports.Web.Routing;

/// <summary>
/// One address per page (and per attachment). Routing is lenient: <c>/Reports/0002024/linshu-county/</c>, <c>/reports/+2024/…</c> and
/// <c>/reports/%202024/…</c> all reach the 2024 report. Each such alias is answered with a 301 to the address the
/// site itself links to, before anything renders, so anything keyed by the path (the page cache, nginx's cache,
/// logs, search engines) sees one address per page and a flood of aliases costs a redirect each.
/// The request is compared as the client wrote it (<see cref="RawRequestPath"/>), so <c>/%72eports/…</c> and
/// <c>/reports/2024/x/../…</c>, whose decoded paths are the canonical one, are redirected too. A redirect only ever
/// leads to a page: a report's address matches only a published report (<see cref="ReportAddressConstraint"/>).
/// </summary>
public sealed class CanonicalAddressMiddleware(RequestDelegate next, LinkGenerator links)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.IsReExecuted()
            || CanonicalPath(context) is not { } canonical
            || string.Equals(canonical, RawRequestPath.Of(context), StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = canonical + context.Request.QueryString.ToUriComponent();
        return Task.CompletedTask;
    }

    /// <summary>
    /// A page's address as the site links to it; for any other endpoint read by GET (an attachment, say), its
    /// decoded path written the one way the site writes paths, since nginx stores those beside the pages.
    /// </summary>
    private string? CanonicalPath(HttpContext context) => context.GetEndpoint() switch
    {
        RouteEndpoint { } endpoint when endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page => PagePath(context, endpoint.RoutePattern, page),
        RouteEndpoint when HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) =>
            context.Request.PathBase.ToUriComponent() + context.Request.Path.ToUriComponent(),
        _ => null,
    };

    /// <summary>The page's address as the site writes it: integers without zeros, signs or spaces; lower case; no trailing slash.</summary>
    private string? PagePath(HttpContext context, RoutePattern pattern, PageActionDescriptor page)
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
