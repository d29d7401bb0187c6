using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// The catalog of the moment, reloaded when the content changes. Readers take <see cref="Current"/> without locks; a reload parses
/// everything off to the side and then swaps the reference atomically.
/// </summary>
/// <remarks>
/// A file goes live only when two reads of it, the settle time apart, agree in size, time and hash:
/// a copy in progress (a network share, an editor writing in chunks) is never published half-written,
/// however long it takes. A reload that finds nothing changed keeps the catalog, so the pages cached
/// for it stay cached. Readers see only the reports public now: when a scheduled report's moment comes,
/// a timer swaps in a catalog that includes it, with no file change and no restart.
/// </remarks>
public sealed class LiveCatalog : ICurrentCatalog, IDisposable
{
    /// <summary>
    /// Longer than the pauses of the copies clerks make (a network share, an editor saving in chunks stalls for up
    /// to a second between parts); a copy still moving after it is simply looked at again.
    /// </summary>
    public static readonly TimeSpan DefaultSettleTime = TimeSpan.FromSeconds(2);

    /// <summary>A timer's longest wait; a report scheduled further ahead is simply looked at again then.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private static readonly IReadOnlySet<string> NoneUnsettled = new HashSet<string>();

    private readonly Lock _reloading = new();
    private readonly Action<TimeSpan> _wait;
    private readonly TimeProvider _time;
    private readonly PublicationSchedule _schedule;
    private readonly ITimer _nextPublication;
    private ReportCatalog? _loaded;
    private ReportCatalog? _current;
    private ContentFolderSnapshot? _lastRead;
    private bool _lastReadUnsettled;
    private string? _unavailable;

    public LiveCatalog(string contentRoot)
        : this(contentRoot, DefaultSettleTime)
    {
    }

    /// <param name="wait">Waits the settle time between the two reads; tests replace it to play a copy in progress.</param>
    public LiveCatalog(string contentRoot, TimeSpan settleTime, Action<TimeSpan>? wait = null, TimeProvider? time = null, PublicationSchedule? schedule = null)
    {
        ContentRoot = contentRoot;
        SettleTime = settleTime;
        _wait = wait ?? Thread.Sleep;
        _time = time ?? TimeProvider.System;
        _schedule = schedule ?? PublicationSchedule.China;
        _nextPublication = _time.CreateTimer(_ => Publish(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public string ContentRoot { get; }

    public TimeSpan SettleTime { get; }

    public ReportCatalog Current => Volatile.Read(ref _current) ?? ReportCatalog.Empty;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public string? Unavailable => Volatile.Read(ref _unavailable);

    /// <summary>The problem that made the folder unreadable at the last look, for the log; null while it can be read.</summary>
    public ContentProblem? FolderProblem { get; private set; }

    public ReloadOutcome Reload()
    {
        lock (_reloading)
        {
            // Nothing touched since the last read: not a file need be opened (the watcher also looks every few seconds).
            var settled = _current is not null && !_lastReadUnsettled && _lastRead is not null;
            if (settled && ContentFolderSnapshot.FingerprintOf(ContentRoot) == _lastRead!.Fingerprint)
            {
                return new ReloadOutcome(_current!, Changed: false, Unsettled: false);
            }

            var first = ContentFolderSnapshot.Read(ContentRoot);
            if (first.ListingProblem is { } problem)
            {
                return KeepWhileUnavailable(problem);
            }

            FolderProblem = null;
            Volatile.Write(ref _unavailable, null);

            if (settled && first.SameAs(_lastRead!))
            {
                _lastRead = first;
                return new ReloadOutcome(_current!, Changed: false, Unsettled: false);
            }

            // The files are parsed while they settle, not after: when none changed meanwhile, as almost always, that
            // parse is the load, and the settle time no longer adds to start-up or to the delay before readers see a change.
            var parsing = _time.GetTimestamp();
            var parsed = CatalogLoader.Load(first, ContentRoot, _loaded, NoneUnsettled);
            var left = SettleTime - _time.GetElapsedTime(parsing);
            _wait(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            var second = ContentFolderSnapshot.Read(ContentRoot);
            if (second.SameAs(first))
            {
                _loaded = parsed;
                _lastRead = second;
                _lastReadUnsettled = false;
                return new ReloadOutcome(PublishLocked(), Changed: true, Unsettled: false);
            }

            var unsettled = second.Files
                .Where(f => first.StampOf(f.RelativePath) != f.Stamp)
                .Select(f => f.RelativePath)
                .ToHashSet(StringComparer.Ordinal);

            _loaded = CatalogLoader.Load(second, ContentRoot, _loaded, unsettled);
            _lastRead = second;
            _lastReadUnsettled = unsettled.Count > 0;
            return new ReloadOutcome(PublishLocked(), Changed: true, Unsettled: _lastReadUnsettled);
        }
    }

    public void Dispose() => _nextPublication.Dispose();

    /// <summary>The folder is gone or unreadable: readers keep every report they had, and readiness says why.</summary>
    private ReloadOutcome KeepWhileUnavailable(ContentProblem problem)
    {
        var news = FolderProblem is null;
        FolderProblem = problem;
        // The folder that comes back may hold anything, however alike its names, sizes and times: it is read whole.
        _lastRead = null;
        Volatile.Write(ref _unavailable, Directory.Exists(ContentRoot) ? "content folder unreadable" : "content folder missing");
        var current = _current ?? PublishLocked();
        return new ReloadOutcome(current, Changed: news, Unsettled: false);
    }

    /// <summary>The timer's work: time has passed, the files have not changed, so the public set can only have grown.</summary>
    private void Publish()
    {
        lock (_reloading)
        {
            var before = _current;
            var after = PublishLocked();
            if (before is not null && after.Reports.Count == before.Reports.Count)
            {
                // Nobody went live: keep the catalog readers have, and the pages cached for it.
                Volatile.Write(ref _current, before);
            }
        }
    }

    /// <summary>Shows readers the reports public now, and sets the timer for the next one to go live.</summary>
    private ReportCatalog PublishLocked()
    {
        var loaded = _loaded ?? ReportCatalog.Empty;
        var now = _time.GetUtcNow();
        var next = loaded.PublicAt(now, _schedule);
        Volatile.Write(ref _current, next);
        var due = _schedule.NextAfter(loaded.Reports, now) - now;
        _nextPublication.Change(due is { } wait ? (wait < LongestWait ? wait : LongestWait) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return next;
    }
}
