using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Web.Hosting;
using LinshuReports.Web.Reports;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary>
/// The Atom feed (RFC 4287) of published reports, newest year first. An entry has <c>published</c> only when the
/// report gives its 发布日期; Atom requires <c>updated</c>, which is the latest of 发布日期 and 更新记录 dates, or,
/// for a report that gives none, when the catalog was built (README, 订阅与网站地图的日期).
/// </summary>
public sealed class FeedModel(ICurrentCatalog catalogs, IOptions<SiteOptions> site) : XmlListingModel(catalogs, site)
{
    public const string MediaType = "application/atom+xml";

    protected override string ContentType => MediaType + "; charset=utf-8";

    public DateTimeOffset UpdatedOf(Report report) => PublicationDates.Updated(report) ?? CatalogBuiltAt;

    /// <summary>The latest entry's <c>updated</c>; the catalog's build time when there is no entry.</summary>
    public DateTimeOffset FeedUpdated => Reports.Count > 0 ? Reports.Max(UpdatedOf) : CatalogBuiltAt;
}
