namespace LinshuReports.Web.Hosting;

/// <summary>
/// Watches the content folder and calls back once things settle. One save in an editor fires several
/// events (and a half-written file fires them too), so events are debounced into one reload.
/// </summary>
/// <remarks>
/// Reloads run one at a time on a thread of their own: a reload reads, waits the settle time and reads
/// again, and must neither hold a thread-pool thread meanwhile nor be delayed when the pool is busy.
/// A change during a reload schedules exactly one more, as does a reload that found a file still being written.
/// </remarks>
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

    private readonly object _gate = new();
    private readonly FileSystemWatcher _watcher;
    private readonly Thread _worker;
    private readonly Func<bool> _reload;
    private readonly Action<Exception> _failed;
    private long? _burstStarted;
    private long? _due;
    private bool _disposed;

    /// <param name="reload">Reloads the content; returns true when it should be tried again after the settle delay.</param>
    /// <param name="failed">Told of anything the reload throws; the watcher carries on.</param>
    public ContentChangeWatcher(string folder, Func<bool> reload, Action<Exception> failed)
    {
        _reload = reload;
        _failed = failed;
        _worker = new Thread(Work) { IsBackground = true, Name = "Content reload" };
        _worker.Start();
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
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }

        _worker.Join();
    }

    /// <summary>Looks at the folder once things settle, as if it had changed.</summary>
    public void Schedule()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            _burstStarted ??= now;
            var latest = _burstStarted.Value + (long)MaxDelay.TotalMilliseconds;
            _due = Math.Min(now + (long)SettleDelay.TotalMilliseconds, latest);
            Monitor.PulseAll(_gate);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Schedule();

    private void Work()
    {
        while (WaitUntilDue())
        {
            var again = false;
            try
            {
                again = _reload();
            }
            catch (Exception ex)
            {
                _failed(ex);
            }

            if (again)
            {
                Schedule();
            }
        }
    }

    /// <summary>Sleeps until a reload is due; false once disposed.</summary>
    private bool WaitUntilDue()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                if (_due is not { } due)
                {
                    Monitor.Wait(_gate);
                    continue;
                }

                var wait = due - Environment.TickCount64;
                if (wait > 0)
                {
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(wait));
                    continue;
                }

                _due = null;
                _burstStarted = null;
                return true;
            }

            return false;
        }
    }
}
