using System.Security.Cryptography;
using System.Text;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Loading;

/// <summary>
/// One read of the content folder: every report file's bytes and stamp, the files that could not be read
/// (symbolic links included, since a link could publish any file the site can read), and a fingerprint
/// of the whole folder, attachments included.
/// </summary>
public sealed class ContentFolderSnapshot
{
    /// <summary>The staff guide lives beside the reports but is not one.</summary>
    public const string GuideFileName = "README.md";

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
                if (ReadFile(path, relativePath) is { } file)
                {
                    files.Add(file);
                }
                else
                {
                    unreadable.Add(ProblemReading(path, relativePath));
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

    private static ContentFile? ReadFile(string path, string relativePath)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var stamp = new ContentFileStamp(bytes.Length, File.GetLastWriteTimeUtc(path), Convert.ToHexString(SHA256.HashData(bytes)));
            return new ContentFile(relativePath, bytes, stamp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ContentProblem ProblemReading(string path, string relativePath)
    {
        var message = new FileInfo(path).LinkTarget is not null
            ? "此文件是符号链接（快捷方式），不予发布：链接可能指向内容文件夹以外的任何文件。请把报告文件本身放进内容文件夹。"
            : "无法读取此文件。请确认文件已保存并关闭，并检查文件权限。";
        return new ContentProblem(relativePath, null, ProblemSeverity.Error, message);
    }

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
