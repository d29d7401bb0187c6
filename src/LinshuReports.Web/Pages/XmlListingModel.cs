using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Content.Text;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary>
/// What the Atom feed and <c>sitemap.xml</c> list: the published reports and their years. Both need absolute
/// addresses, which come only from Site:PublicBaseUrl: without it they do not exist (404).
/// </summary>
public abstract class XmlListingModel(ICurrentCatalog catalogs, IOptions<SiteOptions> site) : PageModel
{
    public Uri BaseUri { get; private set; } = default!;

    public IReadOnlyList<Report> Reports { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>When the catalog listed was built: see <see cref="ReportCatalog.BuiltAt"/>.</summary>
    public DateTimeOffset CatalogBuiltAt { get; private set; }

    protected abstract string ContentType { get; }

    public IActionResult OnGet()
    {
        if (PublicBase.Of(site.Value) is not { } baseUri)
        {
            return NotFound();
        }

        BaseUri = baseUri;
        var catalog = catalogs.Current;
        Reports = catalog.Reports;
        CatalogBuiltAt = catalog.BuiltAt;
        Years = catalog.Years.Select(y => y.Year).ToList();
        Response.ContentType = ContentType;
        return Page();
    }

    public string Absolute(string path) => new Uri(BaseUri, path).AbsoluteUri;

    /// <summary>
    /// A report's text as XML 1.0 may hold it. The loader refuses illegal characters, but a feed reader rejects the whole
    /// feed for one of them, so the writer drops them too, whatever reached the catalog.
    /// </summary>
    public static string Text(string text) => IllegalCharacters.Remove(text);
}
