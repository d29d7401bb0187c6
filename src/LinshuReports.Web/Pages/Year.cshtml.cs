using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

/// <summary>All the reports of one year: the county's and those of its towns and departments.</summary>
public sealed class YearModel(ICurrentCatalog catalogs) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<Report> Reports { get; private set; } = [];

    public IActionResult OnGet(int year)
    {
        Year = year;
        Reports = catalogs.Current.InYears([year]);
        return Reports.Count == 0 ? NotFound() : Page();
    }
}
