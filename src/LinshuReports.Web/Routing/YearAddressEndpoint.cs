using LinshuReports.Content.Model;

namespace LinshuReports.Web.Routing;

/// <summary>
/// <c>/reports/{year}</c> is what a reader gets by cutting a report's address back one step: it leads, permanently,
/// to that year's page, <c>/years/{year}</c>, which says whether the year has reports.
/// </summary>
public static class YearAddressEndpoint
{
    public static IEndpointRouteBuilder MapYearAddress(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/reports/{year:int}", [HttpMethods.Get, HttpMethods.Head], (int year) =>
            Results.Redirect(YearUrl.For(year), permanent: true));
        return endpoints;
    }
}
