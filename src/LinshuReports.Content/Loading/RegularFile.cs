using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace LinshuReports.Content.Loading;

/// <summary>
/// The one way reports and attachments are opened, by <c>check</c>, the site's loader and its attachment endpoint: only
/// a regular file, never through a symbolic link, never waiting on a named pipe, socket or device, and within
/// <see cref="TimeLimit"/>. Opening runs on a thread of its own, so a share that stops answering holds that thread and
/// costs that one file, not the loader or a thread-pool thread; while it stays stuck, the same file is refused at once.
/// </summary>
public static class RegularFile
{
    /// <summary>Far longer than any local or healthy network read of a report or attachment.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>Files whose open or read outlived <see cref="TimeLimit"/> and has not returned yet.</summary>
    private static readonly ConcurrentDictionary<string, byte> Stuck = new(StringComparer.Ordinal);

    /// <summary>What is at <paramref name="path"/>, without opening it: <see cref="FileOpening.Opened"/> for a regular file.</summary>
    public static FileOpening KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxFiles.KindOf(path);
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileOpening.Linked
            : info.Exists ? FileOpening.Opened
            : Directory.Exists(path) ? FileOpening.NotRegular
            : FileOpening.Missing;
    }

    /// <summary>Opens a regular file for reading, waiting without holding a thread; the caller disposes the handle.</summary>
    public static async Task<(SafeFileHandle? Handle, FileOpening Opening)> OpenAsync(string path)
    {
        if (Stuck.ContainsKey(path))
        {
            return (null, FileOpening.TimedOut);
        }

        var opening = OnOwnThread(() => (Open(path, out var opened), opened));
        try
        {
            return await opening.WaitAsync(TimeLimit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            MarkStuck(path, opening, late => late.Item1?.Dispose());
            return (null, FileOpening.TimedOut);
        }
    }

    /// <summary>The whole of a regular file, at most <paramref name="maxBytes"/>, with its last write time.</summary>
    /// <remarks>The caller (the loader's own thread, <c>check</c>) waits, on no thread-pool thread: the read itself runs on its own thread.</remarks>
    public static (byte[]? Bytes, DateTime LastWriteUtc, FileOpening Opening) ReadAll(string path, long maxBytes)
    {
        if (Stuck.ContainsKey(path))
        {
            return (null, default, FileOpening.TimedOut);
        }

        var reading = OnOwnThread(() => Read(path, maxBytes));
        if (((IAsyncResult)reading).AsyncWaitHandle.WaitOne(TimeLimit))
        {
            return reading.GetAwaiter().GetResult();
        }

        MarkStuck(path, reading, _ => { });
        return (null, default, FileOpening.TimedOut);
    }

    private static (byte[]? Bytes, DateTime LastWriteUtc, FileOpening Opening) Read(string path, long maxBytes)
    {
        using var handle = Open(path, out var opening);
        if (handle is null)
        {
            return (null, default, opening);
        }

        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            return (null, default, FileOpening.TooLarge);
        }

        // Read to the end, not to the length stat gave: a file still growing is caught by the next read's stamp.
        var bytes = new byte[(int)length];
        var total = 0;
        while (true)
        {
            if (total == bytes.Length)
            {
                if (total >= maxBytes)
                {
                    return (null, default, FileOpening.TooLarge);
                }

                Array.Resize(ref bytes, (int)Math.Min(maxBytes + 1, Math.Max(4096, (long)bytes.Length * 2)));
            }

            var read = RandomAccess.Read(handle, bytes.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Array.Resize(ref bytes, total);
        return (bytes, File.GetLastWriteTimeUtc(handle), FileOpening.Opened);
    }

    private static SafeFileHandle? Open(string path, out FileOpening opening)
    {
        // Looked at first, so a device is not even opened (opening some has effects); checked again once open.
        opening = KindOf(path);
        if (opening != FileOpening.Opened)
        {
            return null;
        }

        if (OperatingSystem.IsLinux())
        {
            return LinuxFiles.Open(path, out opening);
        }

        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            opening = FileOpening.Missing;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            opening = FileOpening.Unreadable;
            return null;
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

    /// <summary>Refuses the file at once until its late open or read returns; then frees what that holds.</summary>
    private static void MarkStuck<T>(string path, Task<T> late, Action<T> discard)
    {
        Stuck.TryAdd(path, 0);
        _ = late.ContinueWith(done =>
        {
            Stuck.TryRemove(path, out _);
            if (done.IsCompletedSuccessfully)
            {
                discard(done.Result);
            }
        }, TaskScheduler.Default);
    }
}
