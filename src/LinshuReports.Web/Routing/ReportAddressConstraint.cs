using System.Globalization;
using LinshuReports.Content.Catalog;

namespace LinshuReports.Web.Routing;

/// <summary>
/// A report's address matches only when the report is published: <c>{slug:report}</c>, beside <c>{year:int}</c>.
/// Checked in the form canonical addresses redirect to (the year as a number, the slug in lower case), so an alias of
/// a published report is redirected to it, and any other spelling (<c>linshu-county%2F</c>, an overlong
/// <c>%C0%AF</c>, a report that does not exist) is a 404 at once rather than a redirect to a 404.
/// </summary>
public sealed class ReportAddressConstraint(ICurrentCatalog catalogs) : IRouteConstraint
{
    public const string Name = "report";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        // Links are only ever made to reports the catalog holds; only a request's address needs checking.
        routeDirection == RouteDirection.UrlGeneration
        || (values["year"] is string year && values[routeKey] is string slug
            && int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && catalogs.Current.Find(number, slug.ToLowerInvariant()) is not null);
}
