using LinshuReports.Content.Catalog;
using LinshuReports.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary>The Atom feed (RFC 4287) of published reports, newest first.</summary>
public sealed class FeedModel(ICurrentCatalog catalogs, IOptions<SiteOptions> site) : XmlListingModel(catalogs, site)
{
    public const string MediaType = "application/atom+xml";

    protected override string ContentType => MediaType + "; charset=utf-8";
}
