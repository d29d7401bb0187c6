using System.Text.RegularExpressions;
using LinshuReports.Content.Drafting;
using LinshuReports.Web.Commands;

namespace LinshuReports.Web.Preview;

/// <summary>
/// The folder a preview serves. A content folder is served as it is; one report file is copied, with its attachment
/// folder, into a temporary folder of its own, and a Word file is imported there as <c>import</c> would; either is
/// copied or imported again whenever the original changes. Disposing removes what was created.
/// </summary>
public sealed partial class PreviewSource : IDisposable
{
    /// <summary>Long enough for Word or an editor to finish saving (a save is several writes and renames).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    private readonly string _original;
    private readonly Action<TextWriter> _refresh;
    private readonly TextWriter _output;
    private readonly Lock _refreshing = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private Timer? _debounce;

    private PreviewSource(string folder, string original, Action<TextWriter> refresh, TextWriter output, bool temporary, bool imported = false)
    {
        Folder = folder;
        IsTemporary = temporary;
        IsImported = imported;
        _original = original;
        _refresh = refresh;
        _output = output;
    }

    /// <summary>The content folder the site serves.</summary>
    public string Folder { get; }

    public bool IsTemporary { get; }

    /// <summary>A Word file, imported (and its draft checked) rather than copied.</summary>
    public bool IsImported { get; }

    /// <returns>Null, after saying why, when <paramref name="target"/> is neither a folder, a .md nor a .docx.</returns>
    public static PreviewSource? Open(string target, TextWriter output)
    {
        if (Directory.Exists(target))
        {
            return new PreviewSource(Path.GetFullPath(target), target, _ => { }, output, temporary: false);
        }

        if (!File.Exists(target))
        {
            output.WriteLine($"{target}: 错误：找不到这个文件或文件夹。");
            return null;
        }

        var extension = Path.GetExtension(target).ToLowerInvariant();
        if (extension is not (".md" or ".docx"))
        {
            output.WriteLine($"{target}: 错误：只能预览内容文件夹、报告文件（.md）或 Word 文件（.docx）。");
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("linshu-preview-").FullName;
        var original = Path.GetFullPath(target);
        Action<TextWriter> refresh = extension == ".md" ? _ => CopyReport(original, folder) : messages => ImportWord(original, folder, messages);
        var source = new PreviewSource(folder, original, refresh, output, temporary: true, imported: extension == ".docx");
        refresh(output);
        source.Watch();
        return source;
    }

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _debounce?.Dispose();
        lock (_refreshing)
        {
            if (IsTemporary && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    /// <summary>The report and its attachment folder (same name without .md), as the site would find them beside it.</summary>
    private static void CopyReport(string report, string folder)
    {
        Clear(folder);
        File.Copy(report, Path.Combine(folder, Path.GetFileName(report)));
        var attachments = Path.ChangeExtension(report, null);
        if (Directory.Exists(attachments))
        {
            CopyFolder(attachments, Path.Combine(folder, Path.GetFileName(attachments)));
        }
    }

    /// <summary>The import itself, pictures included; its file name needs the year, which only the document's title gives.</summary>
    private static void ImportWord(string word, string folder, TextWriter messages)
    {
        Clear(folder);
        var draft = Path.Combine(folder, $"{YearOf(word)}-{AnnualReportOutline.Default.Slug}.md");
        ImportCommand.Run([word, "--out", draft], messages, messages);
    }

    /// <summary>The year the import will write, or last year's when the title names none (check then says what is missing).</summary>
    private static int YearOf(string word)
    {
        var result = Content.Import.Word.WordImporter.Import(File.ReadAllBytes(word), word);
        return result.Markdown is not null && YearLine().Match(result.Markdown) is { Success: true } match
            ? int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)
            : DateTime.Now.Year - 1;
    }

    private static void Clear(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            CopyFolder(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    /// <summary>The original's folder alone (not its subfolders, which may be many) and the report's attachment folder.</summary>
    private void Watch()
    {
        var debounce = _debounce = new Timer(_ => Refresh());
        var attachments = Path.ChangeExtension(_original, null);
        FileSystemEventHandler changed = (_, e) =>
        {
            if (e.FullPath == _original || e.FullPath == attachments || e.FullPath.StartsWith(attachments + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
        };
        _watchers.Add(WatchFolder(Path.GetDirectoryName(_original)!, subfolders: false, changed));
        if (Directory.Exists(attachments))
        {
            _watchers.Add(WatchFolder(attachments, subfolders: true, changed));
        }
    }

    private static FileSystemWatcher WatchFolder(string folder, bool subfolders, FileSystemEventHandler changed)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = subfolders };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (sender, e) => changed(sender, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Refresh()
    {
        lock (_refreshing)
        {
            if (!File.Exists(_original) || !Directory.Exists(Folder))
            {
                return;
            }

            try
            {
                _output.WriteLine($"{_original} 有改动，预览已更新。");
                _refresh(_output);
            }
            catch (IOException ex)
            {
                // Still being saved: the next event, or the next save, brings it.
                _output.WriteLine($"{_original}: 暂时读不到（{ex.Message}），保存完成后会再更新。");
            }
        }
    }

    [GeneratedRegex(@"^year: (\d{4})$", RegexOptions.Multiline)]
    private static partial Regex YearLine();
}
