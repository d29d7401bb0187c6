using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

public sealed class IndexModel(ICurrentCatalog catalogs) : PageModel
{
    /// <summary>The home page shows the latest years in full; older years are a link each.</summary>
    public const int RecentYears = 3;

    public IReadOnlyList<Report> Reports { get; private set; } = [];

    /// <summary>Every year, when the archive holds more than the home page shows; otherwise none.</summary>
    public IReadOnlyList<(int Year, int Count)> Years { get; private set; } = [];

    public void OnGet()
    {
        var catalog = catalogs.Current;
        var years = catalog.Years;
        Reports = catalog.InYears(years.Take(RecentYears).Select(y => y.Year));
        Years = years.Count > RecentYears ? years : [];
    }
}
