using LinshuReports.Content.Catalog;
using LinshuReports.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9): the home page, each year and each published report.</summary>
public sealed class SitemapXmlModel(IReportStore store, IOptions<SiteOptions> site) : XmlListingModel(store, site)
{
    protected override string ContentType => "application/xml; charset=utf-8";
}
