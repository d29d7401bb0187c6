using System.Runtime.InteropServices;
using System.Text;
using System.Globalization;

namespace LinshuReports.Web.Exporting;

/// <summary>
/// The export on disk: <c>generations/{stamp}</c> folders and a <c>current</c> link to the newest whole one, which is
/// nginx's root. A generation is written under a <c>.partial</c> name, renamed when whole, and only then made current
/// by renaming a new link over the old, so nginx sees one version or the next, never a mixture. Several instances
/// may export into one folder: each writes its own generation and the last to finish is current.
/// </summary>
public sealed class ExportFolder(string root)
{
    private const string Partial = ".partial";

    /// <summary>A crashed export's leftovers; far longer than any export takes.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private readonly string _generations = Path.Combine(root, "generations");

    public string Current => Path.Combine(root, "current");

    /// <summary>Starts a generation; <see cref="Publish"/> it when every file is written.</summary>
    public string BeginGeneration()
    {
        var name = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(_generations, name + Partial);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Write(string generation, ExportedPage page, ReadOnlySpan<byte> body)
    {
        var file = Path.Combine(generation, page.File);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, body);
    }

    /// <summary>Makes a whole generation current, then removes all but it and the one before it, which a reader's
    /// request may still be reading.</summary>
    public void Publish(string partialGeneration)
    {
        var whole = partialGeneration[..^Partial.Length];
        Directory.Move(partialGeneration, whole);

        var link = Path.Combine(root, $"current.{Guid.NewGuid():N}");
        File.CreateSymbolicLink(link, Path.GetRelativePath(root, whole));
        // rename(2) itself: File.Move refuses a link to a folder, and nothing else replaces a link in one step.
        if (rename(NativePath(link), NativePath(Current)) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            File.Delete(link);
            throw new IOException($"Could not make {whole} the current export: {Marshal.GetPInvokeErrorMessage(error)}");
        }

        RemoveOld(keep: Path.GetFileName(whole));
    }

    /// <summary>
    /// Takes the export out of nginx's way (it then asks the site, through its cache) until the next
    /// <see cref="Publish"/>: an export of many reports takes minutes (2.5 for 1,000 on two cores), and readers must not
    /// be sent the old version meanwhile. The generations stay for requests still reading them.
    /// </summary>
    public void Withdraw() => File.Delete(Current);

    /// <summary>Removes a generation that was begun and will not be published.</summary>
    public static void Abandon(string partialGeneration)
    {
        if (Directory.Exists(partialGeneration))
        {
            Directory.Delete(partialGeneration, recursive: true);
        }
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int rename(byte[] oldPath, byte[] newPath);

    private static byte[] NativePath(string path) => Encoding.UTF8.GetBytes(path + '\0');

    private void RemoveOld(string keep)
    {
        var folders = new DirectoryInfo(_generations).GetDirectories();
        var whole = folders.Where(f => !f.Name.EndsWith(Partial, StringComparison.Ordinal))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var previous = whole.FirstOrDefault(f => string.CompareOrdinal(f.Name, keep) < 0);
        var abandoned = folders.Where(f => f.Name.EndsWith(Partial, StringComparison.Ordinal) && DateTime.UtcNow - f.LastWriteTimeUtc > AbandonedAfter);
        foreach (var old in whole.Where(f => f.Name != keep && f != previous && string.CompareOrdinal(f.Name, keep) < 0).Concat(abandoned))
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Another instance is removing it too; whichever finishes, it goes.
            }
        }
    }
}
