namespace LinshuReports.Web.Hosting;

/// <summary>
/// Watches the content folder and calls back once things settle. One save in an editor fires several
/// events (and a half-written file fires them too), so events are debounced into one reload.
/// </summary>
public sealed class ContentChangeWatcher : IDisposable
{
    /// <summary>Short enough that a clerk sees a change within two seconds, long enough to let a save finish.</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(300);

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _settled;

    public ContentChangeWatcher(string folder, Action onChange)
    {
        _settled = new Timer(_ => onChange(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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

    private void Restart() => _settled.Change(SettleDelay, Timeout.InfiniteTimeSpan);
}
