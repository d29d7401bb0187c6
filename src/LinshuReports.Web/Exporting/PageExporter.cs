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
/// and page cache, so a file holds the very bytes the site sends. An instance that starts beside others, or
/// restarts, first checks whether the export is already of its content (<see cref="ExportManifest"/>) and keeps it
/// if so: a restart neither sends readers to the cache meanwhile nor redoes the work.
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

    /// <summary>How long a starting instance may spend confirming the export it found: an export it cannot confirm
    /// by then (a site of many reports) is written afresh, so a change made while it was down shows within seconds.</summary>
    private static readonly TimeSpan CheckBudget = TimeSpan.FromSeconds(5);

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
                    // Only before this instance's first export: after a change, the old export goes at once.
                    if (exported is null && await IsCurrentAsync(client, folder, catalog, stoppingToken))
                    {
                        exported = catalog;
                        LogKept(folder.Current);
                    }
                    else
                    {
                        folder.Withdraw();
                        if (await ExportAsync(client, folder, catalog, stoppingToken) is { } files)
                        {
                            exported = catalog;
                            LogExported(files, folder.Current);
                        }
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
            var etags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in ExportedPage.All(catalog))
            {
                if (!ReferenceEquals(catalogs.Current, catalog))
                {
                    // Superseded: a long export stops here rather than finish pages no one will be sent.
                    ExportFolder.Abandon(generation);
                    return null;
                }

                using var response = await AskAsync(client, page, etag: null, cancellation);
                if (!IsExportable(response, page))
                {
                    continue;
                }

                ExportFolder.Write(generation, page, await response.Content.ReadAsByteArrayAsync(cancellation));
                files++;
                if (response.Headers.ETag?.Tag is { } etag)
                {
                    etags[page.File] = etag;
                }
            }

            if (!ReferenceEquals(catalogs.Current, catalog))
            {
                ExportFolder.Abandon(generation);
                return null;
            }

            ExportManifest.Write(generation, etags);
            folder.Publish(generation);
            return files;
        }
        catch
        {
            ExportFolder.Abandon(generation);
            throw;
        }
    }

    /// <summary>
    /// Whether the current export is already of this catalog: every file it lists is still what this instance sends
    /// (a 304 to its ETag), and no page it lacks would now be exported. Stops at the first difference, or when the
    /// check outlasts <see cref="CheckBudget"/>.
    /// </summary>
    private async Task<bool> IsCurrentAsync(HttpClient client, ExportFolder folder, ReportCatalog catalog, CancellationToken stoppingToken)
    {
        if (ExportManifest.Read(folder.Current) is not { } manifest)
        {
            return false;
        }

        using var budget = new CancellationTokenSource(CheckBudget, time);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, budget.Token);
        var confirmed = 0;
        try
        {
            foreach (var page in ExportedPage.All(catalog))
            {
                var etag = manifest.GetValueOrDefault(page.File);
                using var response = await AskAsync(client, page, etag, cancellation.Token);
                if (etag is not null && response.StatusCode == HttpStatusCode.NotModified)
                {
                    confirmed++;
                }
                else if (etag is not null || IsExportable(response, page))
                {
                    return false;
                }
            }
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            LogCheckOverBudget(folder.Current, CheckBudget.TotalSeconds);
            return false;
        }

        // A file listed for a page this catalog no longer has (a deleted report) must go too.
        return confirmed == manifest.Count;
    }

    /// <summary>The page as nginx would ask for it; with an ETag, a 304 says that copy is still what the site sends.</summary>
    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, ExportedPage page, string? etag, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", page.Encoding);
        if (page.ReadingCookie is { } reading)
        {
            request.Headers.TryAddWithoutValidation("Cookie", $"{ReadingModes.ReadingCookie.Name}={reading}");
        }

        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return await client.SendAsync(request, cancellation);
    }

    /// <summary>Only the page nginx would be sending in its place is exported; anything else is left to nginx's cache.</summary>
    private static bool IsExportable(HttpResponseMessage response, ExportedPage page) =>
        response.StatusCode == HttpStatusCode.OK && (response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity") == page.Encoding;

    [LoggerMessage(Level = LogLevel.Information, Message = "The export in {ExportFolder} is already of this content and is kept as it is")]
    private partial void LogKept(string exportFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Confirming the export in {ExportFolder} took more than {CheckBudgetSeconds} s, so it is written afresh")]
    private partial void LogCheckOverBudget(string exportFolder, double checkBudgetSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {FileCount} page files to {ExportFolder}")]
    private partial void LogExported(int fileCount, string exportFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export:Folder is {ExportFolder} but the site listens on no http:// address to ask its pages of, so nothing is exported; add one, e.g. --urls http://127.0.0.1:5101")]
    private partial void LogNoHttpAddress(string exportFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Exporting pages to {ExportFolder} failed; nginx sends these pages through its cache until the export, tried again, succeeds")]
    private partial void LogExportFailed(Exception exception, string exportFolder);
}
