using Microsoft.Win32.SafeHandles;

namespace LinshuReports.Content.Loading;

/// <summary>
/// The one way reports and attachments are opened, by <c>check</c>, the site's loader and its attachment endpoint: only
/// a regular file, never through a symbolic link, never waiting on a named pipe, socket or device, and within
/// <see cref="TimeLimit"/> (<see cref="FileTimeLimit"/>), so a share that stops answering costs that one file, not the
/// loader or a thread-pool thread.
/// </summary>
public static class RegularFile
{
    public static TimeSpan TimeLimit => FileTimeLimit.Default.Limit;

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
        var (done, opened) = await FileTimeLimit.Default.RunAsync(path, () => (Open(path, out var opening), opening), late => late.Item1?.Dispose())
            .ConfigureAwait(false);
        return done ? opened : (null, FileOpening.TimedOut);
    }

    /// <summary>The whole of a regular file, at most <paramref name="maxBytes"/>, with its last write time.</summary>
    public static (byte[]? Bytes, DateTime LastWriteUtc, FileOpening Opening) ReadAll(string path, long maxBytes) =>
        FileTimeLimit.Default.TryRun(path, () => Read(path, maxBytes), _ => { }, out var read) ? read : (null, default, FileOpening.TimedOut);

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
}
