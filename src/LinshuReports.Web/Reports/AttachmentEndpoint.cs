using LinshuReports.Content.Catalog;
using Microsoft.Extensions.Options;
using LinshuReports.Content.Links;
using LinshuReports.Content.Model;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Reports;

/// <summary>
/// Serves a report's images and attachments from its own address. Only a bare file name of an allowed
/// type, inside that report's folder, is ever served: never the Markdown, never anything outside.
/// </summary>
public static class AttachmentEndpoint
{
    public static IEndpointRouteBuilder MapReportAttachments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ReportUrl.Prefix + "/{year:int}/{slug}/" + Attachments.UrlSegment + "/{name}", [HttpMethods.Get, HttpMethods.Head],
            (int year, string slug, string name, ICurrentCatalog catalog, IOptions<ContentOptions> content) =>
            {
                if (catalog.Current.Find(year, slug) is not { } report
                    || !Attachments.IsPlainFileName(name)
                    || !Attachments.TryGetContentType(name, out var contentType))
                {
                    return Results.NotFound();
                }

                return Attachments.Locate(content.Value.FullRoot, Attachments.FolderOf(report.SourcePath), name, out var file) == AttachmentLookup.Found
                    ? Results.File(file, contentType, enableRangeProcessing: true)
                    : Results.NotFound();
            });
        return endpoints;
    }
}
