using LinshuReports.Content.Catalog;
using Microsoft.Extensions.Options;
using LinshuReports.Content.Links;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Reports;

/// <summary>
/// Serves a report's images and attachments from its own address. Only a bare file name of an allowed
/// type, inside that report's folder, is ever served: never the Markdown, never anything outside, never anything but a
/// regular file. The file is opened by <see cref="RegularFile"/>, off the thread pool and within its time limit, so a
/// named pipe or a share that stopped answering holds no request thread.
/// </summary>
public static class AttachmentEndpoint
{
    public static IEndpointRouteBuilder MapReportAttachments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ReportUrl.Prefix + "/{year:int}/{slug}/" + Attachments.UrlSegment + "/{name}", [HttpMethods.Get, HttpMethods.Head],
            async (int year, string slug, string name, ICurrentCatalog catalog, IOptions<ContentOptions> content) =>
            {
                if (catalog.Current.Find(year, slug) is not { } report
                    || !Attachments.IsPlainFileName(name)
                    || !Attachments.TryGetContentType(name, out var contentType)
                    || Attachments.Locate(content.Value.FullRoot, Attachments.FolderOf(report.SourcePath), name, out var file) != AttachmentLookup.Found)
                {
                    return Results.NotFound();
                }

                var (handle, opening) = await RegularFile.OpenAsync(file);
                if (handle is null)
                {
                    return opening == FileOpening.TimedOut ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.NotFound();
                }

                var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                return Results.Stream(stream, contentType, lastModified: File.GetLastWriteTimeUtc(handle), enableRangeProcessing: true);
            });
        return endpoints;
    }
}
