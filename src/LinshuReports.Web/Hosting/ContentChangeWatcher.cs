namespace LinshuReports.Web.Hosting;

/// <summary>
/// Watches the content folder and calls back once things settle. One save in an editor fires several
/// events (and a half-written file fires them too), so events are debounced into one reload. Reloads
/// never overlap: a change during a reload schedules exactly one more, as does a reload that found a
/// file still being written.
/// </summary>
public sealed class ContentChangeWatcher : IDisposable
{
    /// <summary>Long enough to let a save finish.</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// A folder that never goes quiet (an editor autosaving, a sync tool) must not postpone the reload for ever:
    /// the first change of a burst is looked at most this long after it. Looking early is harmless, since a file
    /// still being written is not published (see <see cref="LinshuReports.Content.Catalog.ReportStore"/>).
    /// </summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _settled;
    private readonly Func<bool> _reload;
    private readonly Action<Exception> _failed;
    private long? _burstStarted;
    private bool _reloading;
    private bool _changedDuringReload;

    /// <param name="reload">Reloads the content; returns true when it should be tried again after the settle delay.</param>
    /// <param name="failed">Told of anything the reload throws: it runs on a timer thread, where an exception would end the process.</param>
    public ContentChangeWatcher(string folder, Func<bool> reload, Action<Exception> failed)
    {
        _reload = reload;
        _failed = failed;
        _settled = new Timer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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
        _watcher.Error += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _settled.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Schedule();

    /// <summary>Looks at the folder once things settle, as if it had changed.</summary>
    public void Schedule()
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

    private void Fire()
    {
        lock (_gate)
        {
            if (_reloading)
            {
                _changedDuringReload = true;
                return;
            }

            _reloading = true;
            _burstStarted = null;
        }

        var again = false;
        try
        {
            again = _reload();
        }
        catch (Exception ex)
        {
            _failed(ex);
        }

        lock (_gate)
        {
            _reloading = false;
            if (again || _changedDuringReload)
            {
                _changedDuringReload = false;
                _settled.Change(SettleDelay, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
