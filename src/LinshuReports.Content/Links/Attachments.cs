using LinshuReports.Content.Loading;
using LinshuReports.Content.Text;

namespace LinshuReports.Content.Links;

/// <summary>
/// Images and attachments live in a folder beside their report, named like the report file without
/// ".md", and are served under the report's own address. Only these file types are ever served.
/// </summary>
public static class Attachments
{
    public const string UrlSegment = "files";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public static string AllowedList => string.Join("、", ContentTypes.Keys.Select(k => k.TrimStart('.').ToUpperInvariant()).Distinct());

    public static string FolderOf(string reportSourcePath) => Path.ChangeExtension(reportSourcePath, null).Replace('\\', '/');

    public static bool TryGetContentType(string fileName, out string contentType) =>
        ContentTypes.TryGetValue(Path.GetExtension(fileName), out contentType!);

    /// <summary>
    /// The file a link names in its report's folder, whichever separator the clerk's system wrote
    /// (a Windows habit is "2024-linshu-county\图1.png"); null when it names anything else.
    /// </summary>
    public static string? FileNamed(string url, string folder)
    {
        var relative = url.Replace('\\', '/');
        var name = relative.StartsWith(folder + "/", StringComparison.Ordinal) ? relative[(folder.Length + 1)..] : null;
        return name is not null && IsPlainFileName(name) ? name : null;
    }

    /// <summary>A bare file name: no folders, no "..", nothing a browser or file system reads as a path.</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length is > 0 and <= 255
        && name == Path.GetFileName(name)
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && !name.StartsWith('.')
        && !name.Any(char.IsControl)
        && IllegalCharacters.IndexOf(name, 0, out _) < 0;

    /// <summary>
    /// Finds an attachment in its report's folder. A symbolic link, of the file or of the folder, counts as
    /// <see cref="AttachmentLookup.Linked"/> and is never served: it could publish any file the site can read. Nor is
    /// anything but a regular file (<see cref="AttachmentLookup.NotRegular"/>). Looked at without opening the file.
    /// </summary>
    public static AttachmentLookup Locate(string contentRoot, string folder, string name, out string file)
    {
        var directory = new DirectoryInfo(Path.Combine(contentRoot, folder));
        var info = new FileInfo(Path.Combine(directory.FullName, name));
        file = info.FullName;
        if (directory.LinkTarget is not null)
        {
            return AttachmentLookup.Linked;
        }

        return RegularFile.KindOf(info.FullName) switch
        {
            FileOpening.Opened => AttachmentLookup.Found,
            FileOpening.Linked => AttachmentLookup.Linked,
            FileOpening.NotRegular => AttachmentLookup.NotRegular,
            _ => AttachmentLookup.Missing,
        };
    }

    public static string UrlFor(string reportUrl, string fileName) =>
        $"{reportUrl}/{UrlSegment}/{Uri.EscapeDataString(fileName)}";
}
