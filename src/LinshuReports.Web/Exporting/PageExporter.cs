using System.Net;
using LinshuReports.Content.Catalog;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Exporting;

/// <summary>
/// Keeps the export (<see cref="ExportFolder"/>) in step with the reports readers see: after start-up, and within a
/// second of every change the site publishes (an edited file, a scheduled report going live), the old export is
/// withdrawn, every exported page is asked of this instance over loopback, exactly as nginx would ask for it, and
/// the new set is published at once. Until then nginx sends those pages through its cache, which is fresh within
/// seconds, so a change shows as fast however long the export takes. The pages come from the site's own pipeline
/// and page cache, so a file holds the very bytes the site sends.
/// </summary>
public sealed partial class PageExporter(
    ICurrentCatalog catalogs,
    IOptions<ExportOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<PageExporter> logger) : BackgroundService
{
    /// <summary>How often the published catalog is compared with the exported one: the delay before nginx shows a change.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait after failures in a row (the wait doubles from <see cref="Interval"/>), so a folder
    /// that stays unwritable logs a line a minute, not a second.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsOn || !await StartedAsync(stoppingToken))
        {
            return;
        }

        using var client = SelfClient();
        if (client is null)
        {
            LogNoHttpAddress(options.Value.Folder);
            return;
        }

        var folder = new ExportFolder(options.Value.Folder);
        ReportCatalog? exported = null;
        var wait = Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var catalog = catalogs.Current;
            if (catalogs.IsLoaded && !ReferenceEquals(catalog, exported))
            {
                try
                {
                    folder.Withdraw();
                    if (await ExportAsync(client, folder, catalog, stoppingToken) is { } files)
                    {
                        exported = catalog;
                        LogExported(files, folder.Current);
                    }

                    wait = Interval;
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Whatever went wrong, the site keeps serving; the export stays withdrawn, so nginx uses its cache.
                    LogExportFailed(e, options.Value.Folder);
                    wait = wait * 2 < LongestWait ? wait * 2 : LongestWait;
                }
            }

            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return started.Task.IsCompleted;
    }

    /// <summary>A client for this instance's own http:// address over loopback (nginx reaches it the same way).</summary>
    private HttpClient? SelfClient()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("//+", "//localhost", StringComparison.Ordinal).Replace("//*", "//localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u?.Scheme == Uri.UriSchemeHttp);
        if (address is null)
        {
            return null;
        }

        var loopback = new UriBuilder(address) { Host = IPAddress.Loopback.ToString() }.Uri;
        var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None };
        return new HttpClient(handler) { BaseAddress = loopback };
    }

    /// <returns>The number of files written, or null when the site published another change meanwhile (some pages
    /// may be of the newer version; that one is exported next).</returns>
    private async Task<int?> ExportAsync(HttpClient client, ExportFolder folder, ReportCatalog catalog, CancellationToken cancellation)
    {
        var generation = folder.BeginGeneration();
        try
        {
            var files = 0;
            foreach (var page in ExportedPage.All(catalog))
            {
                if (!ReferenceEquals(catalogs.Current, catalog))
                {
                    // Superseded: a long export stops here rather than finish pages no one will be sent.
                    ExportFolder.Abandon(generation);
                    return null;
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", page.Encoding);
                if (page.ReadingCookie is { } reading)
                {
                    request.Headers.TryAddWithoutValidation("Cookie", $"{ReadingModes.ReadingCookie.Name}={reading}");
                }

                using var response = await client.SendAsync(request, cancellation);
                var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity";
                if (response.StatusCode != HttpStatusCode.OK || encoding != page.Encoding)
                {
                    // Not the page nginx would be sending in its place: leave it to nginx's cache.
                    continue;
                }

                ExportFolder.Write(generation, page, await response.Content.ReadAsByteArrayAsync(cancellation));
                files++;
            }

            if (!ReferenceEquals(catalogs.Current, catalog))
            {
                ExportFolder.Abandon(generation);
                return null;
            }

            folder.Publish(generation);
            return files;
        }
        catch
        {
            ExportFolder.Abandon(generation);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {FileCount} page files to {ExportFolder}")]
    private partial void LogExported(int fileCount, string exportFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export:Folder is {ExportFolder} but the site listens on no http:// address to ask its pages of, so nothing is exported; add one, e.g. --urls http://127.0.0.1:5101")]
    private partial void LogNoHttpAddress(string exportFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Exporting pages to {ExportFolder} failed; nginx sends these pages through its cache until the export, tried again, succeeds")]
    private partial void LogExportFailed(Exception exception, string exportFolder);
}
