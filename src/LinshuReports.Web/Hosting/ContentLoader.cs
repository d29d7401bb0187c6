using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// Loads the reports once at start-up, before the server takes requests, and logs what it found,
/// so that parsing happens when content changes rather than on each request.
/// </summary>
public sealed partial class ContentLoader(IReportStore store, ILogger<ContentLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = store.Reload();
        foreach (var problem in catalog.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                LogContentError(problem);
            }
            else
            {
                LogContentWarning(problem);
            }
        }

        LogLoaded(catalog.Reports.Count, store.ContentRoot);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {ReportCount} reports from {ContentRoot}")]
    private partial void LogLoaded(int reportCount, string contentRoot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content error: {Problem}")]
    private partial void LogContentError(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning: {Problem}")]
    private partial void LogContentWarning(ContentProblem problem);
}
