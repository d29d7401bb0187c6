using LinshuReports.Content.Catalog;
using LinshuReports.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9): the home page, each year and each published report.</summary>
public sealed class SitemapXmlModel(ICurrentCatalog catalogs, IOptions<SiteOptions> site) : XmlListingModel(catalogs, site)
{
    protected override string ContentType => "application/xml; charset=utf-8";
}
