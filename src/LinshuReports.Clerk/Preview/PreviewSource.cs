using System.Text.RegularExpressions;
using LinshuReports.Content.Loading;
using LinshuReports.Clerk.Commands;
using LinshuReports.Import.Drafting;
using LinshuReports.Import.Word;

namespace LinshuReports.Clerk.Preview;

/// <summary>
/// The folder a preview serves. A content folder is served as it is; one report file is copied, with what the site
/// would publish from its attachment folder, into a temporary folder of its own, and a Word file is imported there as
/// <c>import</c> would; either is copied or imported again whenever the original changes. Disposing removes what was
/// created, and so does a copy that fails.
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

    /// <returns>Null, after saying why, when <paramref name="target"/> is neither a folder, a .md nor a .docx, or cannot be copied.</returns>
    public static PreviewSource? Open(string target, TextWriter output)
    {
        var extension = Path.GetExtension(target).ToLowerInvariant();
        var isReport = extension is ".md" or ".docx";
        if (Directory.Exists(target))
        {
            if (isReport)
            {
                output.WriteLine($"{target}: 错误：这是一个文件夹，不是报告文件。请预览报告文件本身，或用 --content 预览整个内容文件夹。");
                return null;
            }

            return new PreviewSource(Path.GetFullPath(target), target, _ => { }, output, temporary: false);
        }

        if (!File.Exists(target))
        {
            output.WriteLine($"{target}: 错误：找不到这个文件或文件夹。");
            return null;
        }

        if (!isReport)
        {
            output.WriteLine($"{target}: 错误：只能预览内容文件夹、报告文件（.md）或 Word 文件（.docx）。");
            return null;
        }

        if (Refusal(new FileInfo(target), extension == ".md") is { } refusal)
        {
            output.WriteLine($"{target}: 错误：{refusal}");
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("linshu-preview-").FullName;
        var original = Path.GetFullPath(target);
        Action<TextWriter> refresh = extension == ".md" ? messages => CopyReport(original, folder, messages) : messages => ImportWord(original, folder, messages);
        var source = new PreviewSource(folder, original, refresh, output, temporary: true, imported: extension == ".docx");
        try
        {
            refresh(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            source.Dispose();
            output.WriteLine($"{target}: 错误：无法把报告复制到预览文件夹（{ex.Message}）。临时文件夹已删除。");
            return null;
        }

        source.Watch();
        return source;
    }

    /// <summary>
    /// Why a report file cannot be previewed: a symbolic link, which check refuses and the site never follows, or
    /// something that is no file with content (a pipe or a device would never finish reading).
    /// </summary>
    private static string? Refusal(FileInfo file, bool isMarkdown) =>
        isMarkdown && file.LinkTarget is not null ? "此文件是符号链接（快捷方式），网站不予发布，预览也不跟随它。请预览报告文件本身。"
        : RegularFile.KindOf(file.FullName) != FileOpening.Opened ? "此文件不是普通文件（管道、设备），网站不予发布，预览也不打开它。"
        : file.Length == 0 ? "文件是空的，没有可预览的内容。"
        : null;

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

    /// <summary>
    /// The report and what the site would publish from its attachment folder (same name without .md): the files directly
    /// in it. A symbolic link is copied as the link, never followed, so the preview's check refuses it as check does;
    /// subfolders (never published) are left out, which also keeps a link loop from being copied forever.
    /// </summary>
    private static void CopyReport(string report, string folder, TextWriter messages)
    {
        Clear(folder);
        File.Copy(report, Path.Combine(folder, Path.GetFileName(report)));
        var attachments = new DirectoryInfo(Path.ChangeExtension(report, null));
        if (attachments.LinkTarget is not null)
        {
            CopyLink(attachments, folder, messages);
        }
        else if (attachments.Exists)
        {
            var copy = Directory.CreateDirectory(Path.Combine(folder, attachments.Name)).FullName;
            foreach (var entry in attachments.EnumerateFileSystemInfos())
            {
                CopyAttachment(entry, copy, messages);
            }
        }
    }

    private static void CopyAttachment(FileSystemInfo entry, string folder, TextWriter messages)
    {
        if (entry.LinkTarget is not null)
        {
            CopyLink(entry, folder, messages);
        }
        else if (entry is FileInfo file && RegularFile.KindOf(file.FullName) == FileOpening.Opened)
        {
            file.CopyTo(Path.Combine(folder, file.Name));
        }
        else if (entry is FileInfo)
        {
            // Never opened, as the site never opens it: reading a pipe or a device could wait forever.
            messages.WriteLine($"{entry.FullName}: 不是普通文件（管道、设备），没有复制到预览，网站也不会发布它。");
        }
    }

    /// <summary>The link itself, pointing where the original points, and told; where links cannot be made (Windows without the right), left out and told.</summary>
    private static void CopyLink(FileSystemInfo link, string folder, TextWriter messages)
    {
        var copy = Path.Combine(folder, link.Name);
        try
        {
            _ = link is DirectoryInfo ? Directory.CreateSymbolicLink(copy, link.LinkTarget!) : File.CreateSymbolicLink(copy, link.LinkTarget!);
            messages.WriteLine($"{link.FullName}: 符号链接（快捷方式），预览只复制链接本身，不跟随它；网站也不会发布它。");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            messages.WriteLine($"{link.FullName}: 符号链接（快捷方式），没有复制到预览，网站也不会发布它。请把文件本身放进去。");
        }
    }

    /// <summary>The import itself, pictures included; its file name needs the year, which only the document's title gives.</summary>
    private static void ImportWord(string word, string folder, TextWriter messages)
    {
        Clear(folder);
        var draft = Path.Combine(folder, $"{YearOf(word)}-{AnnualReportOutline.Default.Slug}.md");
        ImportCommand.Run(word, draft, force: false, messages, messages);
    }

    /// <summary>The year the import will write, or last year's when the title names none (check then says what is missing).</summary>
    private static int YearOf(string word)
    {
        var result = WordImporter.Import(File.ReadAllBytes(word), word);
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
        if (new DirectoryInfo(attachments) is { Exists: true, LinkTarget: null })
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

            if (Refusal(new FileInfo(_original), isMarkdown: !IsImported) is { } refusal)
            {
                _output.WriteLine($"{_original}: {refusal}预览保留上一次的内容。");
                return;
            }

            try
            {
                _output.WriteLine($"{_original} 有改动，预览已更新。");
                _refresh(_output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Still being saved: the next event, or the next save, brings it.
                _output.WriteLine($"{_original}: 暂时读不到（{ex.Message}），保存完成后会再更新。");
            }
        }
    }

    [GeneratedRegex(@"^year: (\d{4})$", RegexOptions.Multiline)]
    private static partial Regex YearLine();
}
