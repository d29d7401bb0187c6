using Microsoft.Extensions.Options;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// Loads the reports before the server takes requests, then reloads them whenever the content folder
/// changes, so parsing happens when content changes and never on a request. A reload that finds
/// mistakes logs them and keeps the last good version of each report.
/// </summary>
public sealed partial class ContentLoader(LiveCatalog catalog, IOptions<ContentOptions> options, ILogger<ContentLoader> logger) : IHostedService, IDisposable
{
    private ContentChangeWatcher? _watcher;
    private bool _folderWasUnavailable;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var unsettled = Reload();
        // Polling runs even when the folder is missing, so that it is published as soon as it appears.
        var events = !options.Value.PollOnly && Directory.Exists(catalog.ContentRoot);
        _watcher = new ContentChangeWatcher(catalog.ContentRoot, Reload, LogReloadFailed, options.Value.PollInterval, events);
        if (_watcher.EventsUnavailable is { } reason)
        {
            LogEventsUnavailable(reason, catalog.ContentRoot, options.Value.PollInterval);
        }

        if (unsettled)
        {
            // A file still being written at start-up goes live on a later look, once it is whole.
            _watcher.Schedule();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    /// <returns>True when a file was still being written and the folder should be looked at again.</returns>
    private bool Reload()
    {
        var outcome = catalog.Reload();
        if (catalog.FolderProblem is { } folderProblem)
        {
            if (outcome.Changed)
            {
                LogFolderUnavailable(catalog.ContentRoot, catalog.Unavailable, folderProblem);
            }

            _folderWasUnavailable = true;
            return false;
        }

        if (_folderWasUnavailable)
        {
            LogFolderBack(catalog.ContentRoot);
            _watcher?.WatchEventsAgain();
        }

        _folderWasUnavailable = false;
        if (!outcome.Changed)
        {
            return false;
        }

        foreach (var problem in outcome.Catalog.Problems)
        {
            switch (problem.Severity)
            {
                case ProblemSeverity.Error:
                    LogContentError(problem);
                    break;
                case ProblemSeverity.Warning:
                    LogContentWarning(problem);
                    break;
            }
        }

        LogLoaded(outcome.Catalog.Reports.Count, catalog.ContentRoot);
        return outcome.Unsettled;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File-system events cannot be watched in {ContentRoot}, so changes show within {PollInterval} instead of at once; raise fs.inotify.max_user_instances, or set Content:PollOnly to true")]
    private partial void LogEventsUnavailable(Exception exception, string contentRoot, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {ReportCount} reports from {ContentRoot}")]
    private partial void LogLoaded(int reportCount, string contentRoot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content error: {Problem}")]
    private partial void LogContentError(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning: {Problem}")]
    private partial void LogContentWarning(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the content failed; readers keep the reports already published")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {ContentRoot} is unavailable ({Reason}): readers keep the reports last published, and /readyz says not ready until it is back. {Problem}")]
    private partial void LogFolderUnavailable(string contentRoot, string? reason, ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content folder {ContentRoot} can be read again; its reports are read anew")]
    private partial void LogFolderBack(string contentRoot);
}
