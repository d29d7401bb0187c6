namespace LinshuReports.Content.Catalog;

/// <summary>
/// Holds the current catalog. Readers take <see cref="Current"/> without locks; a reload parses
/// everything off to the side and then swaps the reference atomically.
/// </summary>
public sealed class ReportStore(string contentRoot) : IReportStore
{
    private readonly Lock _reloading = new();
    private ReportCatalog? _current;

    public string ContentRoot { get; } = contentRoot;

    public ReportCatalog Current => Volatile.Read(ref _current) ?? ReportCatalog.Empty;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public ReportCatalog Reload()
    {
        lock (_reloading)
        {
            var next = ReportLibraryLoader.Load(ContentRoot, _current);
            Volatile.Write(ref _current, next);
            return next;
        }
    }
}
