namespace LinshuReports.Web.Hosting;

/// <summary>
/// Watches the content folder and reloads when it changes. It does not wait for a save to finish: the reload
/// itself publishes a file only once two reads of it, the settle time apart, agree
/// (<see cref="LinshuReports.Content.Catalog.LiveCatalog"/>).
/// </summary>
/// <remarks>
/// Reloads run one at a time on a thread of their own: a reload reads, waits the settle time and reads
/// again, and must neither hold a thread-pool thread meanwhile nor be delayed when the pool is busy.
/// Changes during a reload (the many events of one save among them) schedule exactly one more, as does a reload that
/// found a file still being written. Besides the events, it looks every poll interval (<see cref="DefaultPollInterval"/>):
/// file-system events do not cross network shares, and can be lost when many watchers come and go; a look that finds
/// nothing changed opens no file.
/// </remarks>
public sealed class ContentChangeWatcher : IDisposable
{
    /// <summary>How often the folder is looked at with no event, by default: a missed event is made up for within this time.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly string _folder;
    private readonly Action<FileSystemWatcher>? _startEvents;
    private FileSystemWatcher? _watcher;
    private readonly Thread _worker;
    private readonly Func<bool> _reload;
    private readonly Action<Exception> _failed;
    private bool _due;
    private readonly long _pollMilliseconds;
    private long _nextPoll;
    private bool _disposed;

    /// <param name="reload">Reloads the content; returns true when a file was still being written and it should be tried again.</param>
    /// <param name="failed">Told of anything the reload throws; the watcher carries on.</param>
    /// <param name="pollInterval">How often to look with no event (<c>Content:PollInterval</c>).</param>
    /// <param name="events">False on a network folder, where events never come: the watcher then only looks every poll interval.</param>
    /// <param name="startEvents">Starts the events; by default, <see cref="FileSystemWatcher.EnableRaisingEvents"/>.</param>
    public ContentChangeWatcher(string folder, Func<bool> reload, Action<Exception> failed, TimeSpan pollInterval, bool events = true,
        Action<FileSystemWatcher>? startEvents = null)
    {
        _pollMilliseconds = (long)pollInterval.TotalMilliseconds;
        _nextPoll = Environment.TickCount64 + _pollMilliseconds;
        _reload = reload;
        _failed = failed;
        _folder = folder;
        if (events)
        {
            _startEvents = startEvents ?? (watcher => watcher.EnableRaisingEvents = true);
            _watcher = Watch(folder, _startEvents);
        }

        _worker = new Thread(Work) { IsBackground = true, Name = "Content reload" };
        _worker.Start();
    }

    /// <summary>Why the folder's events could not be watched, so that it is only looked at every poll interval; null while events come.</summary>
    public IOException? EventsUnavailable { get; private set; }

    private FileSystemWatcher? Watch(string folder, Action<FileSystemWatcher> startEvents)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += OnEvent;
        watcher.Changed += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        // An overflowed event buffer means changes were missed: reload everything to be safe.
        watcher.Error += (_, _) => Schedule();
        try
        {
            startEvents(watcher);
            return watcher;
        }
        catch (IOException e)
        {
            // Linux refuses a watcher once the user's inotify instances (fs.inotify.max_user_instances, often 128)
            // are in use by other programs; the site still starts, and polling still notices every change.
            watcher.Dispose();
            EventsUnavailable = e;
            return null;
        }
    }

    /// <summary>
    /// Watches the folder's events anew: after the folder was moved away and another put in its place, the old watcher
    /// still follows the one that left. Until then polling noticed the change.
    /// </summary>
    public void WatchEventsAgain()
    {
        if (_startEvents is null)
        {
            return;
        }

        var old = Interlocked.Exchange(ref _watcher, null);
        old?.Dispose();
        EventsUnavailable = null;
        _watcher = Watch(_folder, _startEvents);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }

        _worker.Join();
    }

    /// <summary>Looks at the folder as soon as no reload is under way, as if it had changed.</summary>
    public void Schedule()
    {
        lock (_gate)
        {
            _due = true;
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

    /// <summary>Sleeps until a reload is due, or the next look; false once disposed.</summary>
    private bool WaitUntilDue()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                var now = Environment.TickCount64;
                if (!_due && _nextPoll > now)
                {
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(_nextPoll - now));
                    continue;
                }

                _due = false;
                _nextPoll = now + _pollMilliseconds;
                return true;
            }

            return false;
        }
    }
}
