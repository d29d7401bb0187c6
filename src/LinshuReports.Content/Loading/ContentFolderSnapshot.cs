using System.Security.Cryptography;
using System.Text;
using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Loading;

/// <summary>
/// One read of the content folder: every report file's bytes and stamp, the files that could not be read
/// (symbolic links, since a link could publish any file the site can read, and anything but a regular file, since
/// opening a named pipe or device can wait for ever: <see cref="RegularFile"/>), and a fingerprint
/// of the whole folder, attachments included.
/// </summary>
public sealed class ContentFolderSnapshot
{
    /// <summary>The staff guide lives beside the reports but is not one.</summary>
    public const string GuideFileName = "README.md";

    /// <summary>No file under the character limit is larger: four bytes a character, and a byte order mark.</summary>
    private const long MaxFileBytes = ComplexityGuard.MaxCharacters * 4L + 3;

    private ContentFolderSnapshot(IReadOnlyList<ContentFile> files, IReadOnlyList<ContentProblem> unreadable, string fingerprint, ContentProblem? listingProblem)
    {
        Files = files;
        Unreadable = unreadable;
        Fingerprint = fingerprint;
        ListingProblem = listingProblem;
    }

    /// <summary>The report files read whole, in file-name order.</summary>
    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>One problem for each report file that is there but could not be read or may not be.</summary>
    public IReadOnlyList<ContentProblem> Unreadable { get; }

    /// <summary>The folder's <see cref="FingerprintOf"/> when it was read.</summary>
    public string Fingerprint { get; }

    /// <summary>Set when the folder itself could not be listed; then nothing else is known.</summary>
    public ContentProblem? ListingProblem { get; }

    public static ContentFolderSnapshot Read(string contentRoot)
    {
        if (!Directory.Exists(contentRoot))
        {
            // Gone (a lost mount, a deploy that renames folders): not an empty folder, whose reports would all be unpublished.
            return new ContentFolderSnapshot([], [], string.Empty,
                new ContentProblem(".", null, ProblemSeverity.Error, "内容文件夹不存在或已被移走。网站继续显示已发布的报告；请把文件夹放回原处。"));
        }

        try
        {
            var fingerprint = FingerprintOf(contentRoot);
            var files = new List<ContentFile>();
            var unreadable = new List<ContentProblem>();
            foreach (var path in ListReportFiles(contentRoot))
            {
                var relativePath = Path.GetFileName(path);
                var (bytes, lastWriteUtc, opening) = RegularFile.ReadAll(path, MaxFileBytes);
                if (bytes is not null)
                {
                    files.Add(new ContentFile(relativePath, bytes, new ContentFileStamp(bytes.Length, lastWriteUtc, Convert.ToHexString(SHA256.HashData(bytes)))));
                }
                else
                {
                    unreadable.Add(new ContentProblem(relativePath, null, ProblemSeverity.Error, Refusal(opening)));
                }
            }

            return new ContentFolderSnapshot(files, unreadable, fingerprint, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ContentFolderSnapshot([], [], string.Empty,
                new ContentProblem(".", null, ProblemSeverity.Error, $"无法读取内容文件夹（{ex.Message}）。网站继续显示已发布的报告。"));
        }
    }

    /// <summary>Whether nothing a reader could see has changed between this read and <paramref name="other"/>.</summary>
    public bool SameAs(ContentFolderSnapshot other) =>
        ListingProblem is null && other.ListingProblem is null
        && Fingerprint == other.Fingerprint
        && Unreadable.Select(p => p.Path).SequenceEqual(other.Unreadable.Select(p => p.Path), StringComparer.Ordinal)
        && Files.Select(f => (f.RelativePath, f.Stamp)).SequenceEqual(other.Files.Select(f => (f.RelativePath, f.Stamp)));

    /// <summary>The stamp this read saw for a file, if it read it.</summary>
    public ContentFileStamp? StampOf(string relativePath) =>
        Files.FirstOrDefault(f => f.RelativePath == relativePath)?.Stamp;

    private static List<string> ListReportFiles(string contentRoot) =>
        Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !string.Equals(Path.GetFileName(f), GuideFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Refusal(FileOpening opening) => opening switch
    {
        FileOpening.Linked => "此文件是符号链接（快捷方式），不予发布：链接可能指向内容文件夹以外的任何文件。请把报告文件本身放进内容文件夹。",
        FileOpening.NotRegular => "此文件不是普通文件（而是命名管道、设备、套接字或文件夹），不予发布，也不会被打开。请删除它，把报告文件本身放进内容文件夹。",
        FileOpening.TimedOut => $"读取此文件超过 {RegularFile.TimeLimit.TotalSeconds:0} 秒仍未完成（例如网络共享文件夹没有响应），暂不发布。请检查文件所在的磁盘或网络；恢复后会自动更新。",
        FileOpening.TooLarge => $"文件过大（超过 {MaxFileBytes / 1_000_000:0} MB）。请确认没有误粘贴大量内容；附件请作为 PDF 放入报告文件夹。",
        _ => "无法读取此文件。请确认文件已保存并关闭，并检查文件权限。",
    };

    /// <summary>
    /// Names, sizes and times of everything in the folder, read without opening a file: cheap enough to look at
    /// every few seconds, and it changes with any report or attachment (whose arrival can make a report valid).
    /// </summary>
    public static string FingerprintOf(string contentRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, AttributesToSkip = 0 };
        if (!Directory.Exists(contentRoot))
        {
            return string.Empty;
        }

        foreach (var entry in new DirectoryInfo(contentRoot).EnumerateFileSystemInfos("*", options).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var length = entry is FileInfo file ? file.Length : -1;
            hash.AppendData(Encoding.UTF8.GetBytes($"{entry.FullName}|{length}|{entry.LastWriteTimeUtc.Ticks}|{entry.LinkTarget}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
