using LinshuReports.Content.Loading;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// Holds the current catalog. Readers take <see cref="Current"/> without locks; a reload parses
/// everything off to the side and then swaps the reference atomically.
/// </summary>
/// <remarks>
/// A file goes live only when two reads of it, the settle time apart, agree in size, time and hash:
/// a copy in progress (a network share, an editor writing in chunks) is never published half-written,
/// however long it takes. A reload that finds nothing changed keeps the catalog, so the pages cached
/// for it stay cached.
/// </remarks>
public sealed class ReportStore(string contentRoot, TimeSpan settleTime, Action<TimeSpan>? wait = null) : IReportStore
{
    /// <summary>Long enough for an editor to finish a save; a slower copy is simply looked at again.</summary>
    public static readonly TimeSpan DefaultSettleTime = TimeSpan.FromMilliseconds(300);

    private readonly Lock _reloading = new();
    private readonly Action<TimeSpan> _wait = wait ?? Thread.Sleep;
    private ReportCatalog? _current;
    private ContentFolderSnapshot? _lastRead;
    private bool _lastReadUnsettled;

    public ReportStore(string contentRoot)
        : this(contentRoot, DefaultSettleTime)
    {
    }

    public string ContentRoot { get; } = contentRoot;

    public TimeSpan SettleTime { get; } = settleTime;

    public ReportCatalog Current => Volatile.Read(ref _current) ?? ReportCatalog.Empty;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public ReloadOutcome Reload()
    {
        lock (_reloading)
        {
            var first = ContentFolderSnapshot.Read(ContentRoot);
            if (_current is not null && !_lastReadUnsettled && _lastRead is not null && first.SameAs(_lastRead))
            {
                return new ReloadOutcome(_current, Changed: false, Unsettled: false);
            }

            _wait(SettleTime);
            var second = ContentFolderSnapshot.Read(ContentRoot);
            var unsettled = second.Files
                .Where(f => first.StampOf(f.RelativePath) != f.Stamp)
                .Select(f => f.RelativePath)
                .ToHashSet(StringComparer.Ordinal);

            var next = ReportLibraryLoader.Load(second, ContentRoot, _current, unsettled);
            _lastRead = second;
            _lastReadUnsettled = unsettled.Count > 0;
            Volatile.Write(ref _current, next);
            return new ReloadOutcome(next, Changed: true, Unsettled: _lastReadUnsettled);
        }
    }
}
