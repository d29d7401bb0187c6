using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages.Reports;

public sealed class ShowModel(ICurrentCatalog catalogs) : PageModel
{
    public Report Report { get; private set; } = default!;

    public Report? Newer { get; private set; }

    public Report? Older { get; private set; }

    /// <summary>The summary, or else the opening of the first paragraph, cut after a full sentence where one fits.</summary>
    public string Description => Report.Metadata.Summary ?? ReportDescription.Of(Report);

    public IActionResult OnGet(int year, string slug)
    {
        var catalog = catalogs.Current;
        if (catalog.Find(year, slug) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        (Newer, Older) = catalog.NeighboursOf(report);
        return Page();
    }
}
