using System.Collections.Concurrent;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Runs work on a file (opening, reading) on a thread of its own, for at most <see cref="Limit"/>. A share that stops
/// answering then holds that one thread, never the caller's: the caller gets "timed out" and goes on with the other
/// files. Until the late work returns, the same file is refused at once, so asking again starts no second stuck thread.
/// </summary>
public sealed class FileTimeLimit(TimeSpan limit)
{
    /// <summary>Far longer than any local or healthy network read of a report or attachment.</summary>
    public static FileTimeLimit Default { get; } = new(TimeSpan.FromSeconds(10));

    /// <summary>Files whose work outlived the limit and has not returned yet.</summary>
    private readonly ConcurrentDictionary<string, byte> _stuck = new(StringComparer.Ordinal);

    public TimeSpan Limit { get; } = limit;

    /// <summary>Runs <paramref name="work"/> and waits for it, holding the calling thread (the loader's own, or <c>check</c>'s) but no thread-pool thread.</summary>
    /// <param name="discard">Frees what a result that comes too late holds (an open handle).</param>
    /// <returns>False when the work outlived the limit, or an earlier work on the file still has not returned.</returns>
    public bool TryRun<T>(string path, Func<T> work, Action<T> discard, out T result)
    {
        result = default!;
        if (_stuck.ContainsKey(path))
        {
            return false;
        }

        var running = OnOwnThread(work);
        if (!((IAsyncResult)running).AsyncWaitHandle.WaitOne(Limit))
        {
            MarkStuck(path, running, discard);
            return false;
        }

        result = running.GetAwaiter().GetResult();
        return true;
    }

    /// <summary>Runs <paramref name="work"/> and waits for it without holding a thread.</summary>
    /// <returns>Done false when the work outlived the limit, or an earlier work on the file still has not returned.</returns>
    public async Task<(bool Done, T Result)> RunAsync<T>(string path, Func<T> work, Action<T> discard)
    {
        if (_stuck.ContainsKey(path))
        {
            return (false, default!);
        }

        var running = OnOwnThread(work);
        try
        {
            return (true, await running.WaitAsync(Limit).ConfigureAwait(false));
        }
        catch (TimeoutException)
        {
            MarkStuck(path, running, discard);
            return (false, default!);
        }
    }

    private static Task<T> OnOwnThread<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        { IsBackground = true, Name = "Content file read" }.Start();
        return done.Task;
    }

    private void MarkStuck<T>(string path, Task<T> late, Action<T> discard)
    {
        _stuck.TryAdd(path, 0);
        _ = late.ContinueWith(done =>
        {
            _stuck.TryRemove(path, out _);
            if (done.IsCompletedSuccessfully)
            {
                discard(done.Result);
            }
        }, TaskScheduler.Default);
    }
}
