using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

/// <summary>网站地图: every page of the site a reader can reach, on one page, as government sites are expected to have.</summary>
public sealed class SiteMapModel(ICurrentCatalog catalogs) : PageModel
{
    public IReadOnlyList<IGrouping<int, Report>> Years { get; private set; } = [];

    public void OnGet() => Years = catalogs.Current.Reports.GroupBy(r => r.Metadata.Year).ToList();
}
