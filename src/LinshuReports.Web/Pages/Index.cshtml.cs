using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

public sealed class IndexModel(IReportStore store) : PageModel
{
    public IReadOnlyList<Report> Reports { get; private set; } = [];

    public void OnGet() => Reports = store.Current.Reports;
}
