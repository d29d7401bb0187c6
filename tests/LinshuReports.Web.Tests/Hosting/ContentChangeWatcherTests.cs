using System.Collections.Concurrent;
using LinshuReports.TestSupport;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

public sealed class ContentChangeWatcherTests : IDisposable
{
    /// <summary>How long a test waits for a reload it expects; far longer than one ever takes.</summary>
    private static readonly TimeSpan Expected = TimeSpan.FromSeconds(10);

    /// <summary>How long a test watches for a reload it does not expect: several times the loader's settle time.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.2);

    private static readonly TimeSpan NoPoll = TimeSpan.FromDays(1);

    private readonly TempContentFolder _folder = new();
    private readonly SemaphoreSlim _reloaded = new(0);
    private readonly ConcurrentQueue<Exception> _failures = new();

    public void Dispose()
    {
        _folder.Dispose();
        _reloaded.Dispose();
    }

    [Fact]
    public async Task AFolderThatNeverGoesQuiet_IsStillReloaded()
    {
        using var watcher = Watch(() => false);
        using var saving = new CancellationTokenSource();

        // Saves every 100 ms until the reload comes: a pure "wait for quiet" would never reload during them.
        var saves = Task.Run(async () =>
        {
            for (var i = 0; !saving.IsCancellationRequested; i++)
            {
                _folder.Write("2023-linshu-county.md", $"版本 {i}");
                await Task.Delay(100);
            }
        });

        Assert.True(await _reloaded.WaitAsync(Expected), "the watcher should reload during a long burst of saves");
        await saving.CancelAsync();
        await saves;
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("rename")]
    [InlineData("delete")]
    [InlineData("attachment")]
    public async Task EveryKindOfChange_IsNoticed(string change)
    {
        _folder.Write("2023-linshu-county.md", "第一版");
        _folder.Write("2023-linshu-county/notes.txt", "附件");
        using var watcher = Watch(() => false);

        switch (change)
        {
            case "edit":
                // In place, as an editor that does not write a new file and rename it does.
                await using (var file = new FileStream(Path.Combine(_folder.Path, "2023-linshu-county.md"), FileMode.Open, FileAccess.Write))
                {
                    file.Write("第二版"u8);
                }

                break;
            case "rename":
                File.Move(Path.Combine(_folder.Path, "2023-linshu-county.md"), Path.Combine(_folder.Path, "2023-linshu-county.md.bak"));
                break;
            case "delete":
                _folder.Delete("2023-linshu-county.md");
                break;
            case "attachment":
                _folder.WriteBytes("2023-linshu-county/chart.png", [0x89, 0x50, 0x4E, 0x47]);
                break;
        }

        Assert.True(await _reloaded.WaitAsync(Expected), $"a {change} should be noticed by its event");
    }

    [Fact]
    public async Task OnANetworkFolder_OnlyThePollLooks()
    {
        // Events do not cross NFS or SMB, and a watcher there can fail: in poll-only mode none is created.
        using var watcher = Watch(() => false, events: false);

        _folder.Write("2023-linshu-county.md", "第一版");

        Assert.False(await _reloaded.WaitAsync(Quiet), "with events off, nothing but the poll should look");
    }

    [Fact]
    public async Task Stopping_WaitsForAReloadUnderWay()
    {
        using var reloadMayFinish = new ManualResetEventSlim();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        var watcher = Watch(() =>
        {
            started.SetResult();
            reloadMayFinish.Wait(Expected);
            Volatile.Write(ref finished, true);
            return false;
        });
        _folder.Write("2023-linshu-county.md", "第一版");
        await started.Task.WaitAsync(Expected);

        var stopping = Task.Run(watcher.Dispose);
        var stoppedEarly = await Task.WhenAny(stopping, Task.Delay(Quiet)) == stopping;
        reloadMayFinish.Set();
        await stopping.WaitAsync(Expected);

        Assert.False(stoppedEarly, "the watcher should not stop while a reload is half done");
        Assert.True(Volatile.Read(ref finished));
    }

    [Fact]
    public async Task ChangesDuringAReload_ScheduleExactlyOneMore_AndReloadsNeverOverlap()
    {
        using var firstMayFinish = new ManualResetEventSlim();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var running = 0;
        var overlapped = false;
        using var watcher = Watch(() =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstStarted.SetResult();
                firstMayFinish.Wait(Expected);
            }

            Interlocked.Decrement(ref running);
            return false;
        });

        // A change as the loader marks one, not a file event: one save fires several events, and one arriving late
        // would rightly make a reload of its own.
        watcher.Schedule();
        await firstStarted.Task.WaitAsync(Expected);
        for (var i = 0; i < 3; i++)
        {
            // What a change event does, made while the first reload is certainly still running.
            watcher.Schedule();
        }

        firstMayFinish.Set();

        Assert.True(await _reloaded.WaitAsync(Expected));
        Assert.True(await _reloaded.WaitAsync(Expected), "changes made during the first reload need one more");
        Assert.False(await _reloaded.WaitAsync(Quiet), "three changes during one reload should make exactly one more");
        Assert.Equal(2, calls);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task AReloadThatFoundAFileStillBeingWritten_LooksAgainWithoutAnotherChange()
    {
        var calls = 0;
        using var watcher = Watch(() => Interlocked.Increment(ref calls) == 1);

        watcher.Schedule();

        Assert.True(await _reloaded.WaitAsync(Expected));
        Assert.True(await _reloaded.WaitAsync(Expected), "an unsettled file should be looked at again");
        Assert.False(await _reloaded.WaitAsync(Quiet));
    }

    [Fact]
    public async Task AReloadThatThrows_IsReported_AndTheWatcherKeepsWorking()
    {
        var calls = 0;
        using var watcher = Watch(() => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("a hostile file") : false);

        watcher.Schedule();
        Assert.True(await _reloaded.WaitAsync(Expected));
        Assert.False(await _reloaded.WaitAsync(Quiet), "a failed reload is not retried until something changes");
        _folder.Write("2023-linshu-county.md", "第二版");
        Assert.True(await _reloaded.WaitAsync(Expected));

        var failure = Assert.Single(_failures);
        Assert.IsType<InvalidOperationException>(failure);
    }

    [Fact]
    public async Task WithNoEventAtAll_TheFolderIsStillLookedAt_SoAMissedEventIsMadeUpFor()
    {
        using var watcher = Watch(() => false, pollInterval: TimeSpan.FromMilliseconds(200));

        Assert.True(await _reloaded.WaitAsync(Expected), "the watcher should look at the folder with no event");
        Assert.True(await _reloaded.WaitAsync(Expected), "and keep looking");
    }

    /// <summary>
    /// Counts every reload, thrown or not, on <see cref="_reloaded"/>. The watcher looks only on events unless a
    /// poll interval is given, so that a test of events cannot pass by a timely poll.
    /// </summary>
    [Fact]
    public async Task WhenTheSystemRefusesAnotherWatcher_TheSiteSaysSo_AndStillLooksAtTheFolder()
    {
        var refusal = new IOException("The configured user limit (128) on the number of inotify instances has been reached");
        using var watcher = Watch(() => false, pollInterval: TimeSpan.FromMilliseconds(200), startEvents: _ => throw refusal);

        _folder.Write("2023-linshu-county.md", "新报告");

        Assert.Same(refusal, watcher.EventsUnavailable);
        Assert.True(await _reloaded.WaitAsync(Expected), "polling should look at the folder without events");
    }

    [Fact]
    public void WhileEventsCome_NothingIsReportedUnavailable()
    {
        using var watcher = Watch(() => false);

        Assert.Null(watcher.EventsUnavailable);
    }

    private ContentChangeWatcher Watch(Func<bool> reload, TimeSpan? pollInterval = null, bool events = true, Action<FileSystemWatcher>? startEvents = null) =>
        new(_folder.Path, () =>
        {
            try
            {
                return reload();
            }
            finally
            {
                _reloaded.Release();
            }
        }, _failures.Enqueue, pollInterval ?? NoPoll, events, startEvents);
}
