namespace LinshuReports.Web.Hosting;

/// <summary>
/// Watches the content folder and calls back once things settle. One save in an editor fires several
/// events (and a half-written file fires them too), so events are debounced into one reload.
/// </summary>
public sealed class ContentChangeWatcher : IDisposable
{
    /// <summary>Long enough to let a save finish.</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// A folder that never goes quiet (an editor autosaving, a sync tool) must not postpone the reload for ever:
    /// the first change of a burst is shown at most this long after it, well within the two seconds promised.
    /// </summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _settled;
    private long? _burstStarted;

    public ContentChangeWatcher(string folder, Action onChange)
    {
        _settled = new Timer(_ => Fire(onChange), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnEvent;
        _watcher.Changed += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        // An overflowed event buffer means changes were missed: reload everything to be safe.
        _watcher.Error += (_, _) => Restart();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _settled.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Restart();

    private void Restart()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            _burstStarted ??= now;
            var untilLatest = MaxDelay - TimeSpan.FromMilliseconds(now - _burstStarted.Value);
            var due = untilLatest < SettleDelay ? untilLatest : SettleDelay;
            _settled.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(Action onChange)
    {
        lock (_gate)
        {
            _burstStarted = null;
        }

        onChange();
    }
}
