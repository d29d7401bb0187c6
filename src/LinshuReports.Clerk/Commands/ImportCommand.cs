using System.CommandLine;
using System.Text;
using LinshuReports.Import;
using LinshuReports.Import.Word;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;

namespace LinshuReports.Clerk.Commands;

/// <summary>
/// <c>import FILE [--out PATH] [--force]</c>: turns a Word report (.docx) or a page saved from the old site (HTML
/// or plain text, UTF-8 or GBK) into a Markdown draft, written to PATH or printed. For Word files it then says
/// what it recognised and could not keep, and checks the draft as the site would.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public const string Summary = $"{Name} 文件 [--out 草稿.md] [--force]：{Description}";

    private const string Description = "把 Word 原件（.docx）或旧网站页面转成 Markdown 草稿";

    /// <summary>Files the Word importer reads or refuses with advice; anything else is taken as a saved web page.</summary>
    private static readonly HashSet<string> WordExtensions = new([".docx", ".docm", ".dotx", ".dotm", ".doc", ".wps", ".pdf"], StringComparer.OrdinalIgnoreCase);

    public static Command Create(TextWriter output, TextWriter messages)
    {
        var file = new Argument<string>("文件") { Description = "Word 原件（.docx）或从旧网站保存的页面" };
        var target = new Option<string>("--out") { Description = "草稿写到哪里，例如 content/2025-linshu-county.md（不写则只打印出来）", HelpName = "草稿.md" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的草稿和图片" };
        var command = new Command(Name, Description) { file, target, force };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), parsed.GetValue(target), parsed.GetValue(force), output, messages));
        return command;
    }

    /// <param name="output">Where the draft goes when no --out is given.</param>
    /// <param name="messages">Where the clerk reads what happened (kept apart, so a printed draft stays clean).</param>
    public static int Run(string file, string? target, bool force, TextWriter output, TextWriter messages)
    {
        // Read as the site reads reports: a named pipe or device given by mistake is refused at once rather than waited
        // on for ever, a share that stops answering costs the time limit, and a file too big to be a report is not read
        // whole. The clerk's own shortcut (symbolic link) is followed: only what it points at must be a plain file.
        var source = new FileInfo(file) is { LinkTarget: not null } link ? link.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file : file;
        var (bytes, _, opening) = RegularFile.ReadAll(source, WordPackageGuard.MaxFileBytes);
        if (bytes is null)
        {
            messages.WriteLine($"{file}: 错误：{Refusal(opening)}");
            return 1;
        }

        if (target is not null && File.Exists(target) && !force)
        {
            messages.WriteLine($"{target}: 错误：文件已存在，为免覆盖已发布的报告，请换一个文件名；确需覆盖请加 --force。");
            return 1;
        }

        var isWord = WordExtensions.Contains(Path.GetExtension(file));
        string markdown;
        IReadOnlyList<WordImage> images = [];
        if (isWord)
        {
            var result = target is null
                ? WordImporter.Import(bytes, file)
                : WordImporter.Import(bytes, file, Path.GetFileNameWithoutExtension(target), force ? null : FilesIn(AttachmentFolder(target)));
            if (result.Markdown is null)
            {
                messages.WriteLine($"{file}: 错误：{result.Refusal}");
                return 1;
            }

            markdown = result.Markdown;
            images = result.Images;
            foreach (var line in result.Notes.Summary())
            {
                messages.WriteLine(line);
            }
        }
        else
        {
            markdown = ReportImporter.ToMarkdown(ContentFileDecoder.DecodeUtf8OrGb18030(bytes));
        }

        if (target is null)
        {
            output.Write(markdown);
            if (isWord)
            {
                // The check reads the draft where the site would, beside its attachment folder: it needs a file.
                messages.WriteLine("草稿只打印出来，没有检查。请加 --out content/年份-linshu-county.md 重新导入：草稿会写入文件，图片导出到同名文件夹，并自动检查。");
            }

            return 0;
        }

        try
        {
            File.WriteAllText(target, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            messages.WriteLine($"已生成草稿 {target}。");
            WriteImages(images, target, force, messages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            messages.WriteLine($"{target}: 错误：写入草稿或图片失败（{ex.Message}）。请检查文件夹是否可写、磁盘是否已满，再重新导入。");
            return 1;
        }

        return isWord ? Check(target, messages) : Done(messages);
    }

    private static string Refusal(FileOpening opening) => opening switch
    {
        FileOpening.Missing => "找不到这个文件。",
        FileOpening.NotRegular => "这不是普通文件（而是文件夹、命名管道或设备），无法导入。请指定 Word 原件（.docx）或从旧网站保存的页面。",
        FileOpening.TimedOut => $"读取超过 {RegularFile.TimeLimit.TotalSeconds:0} 秒仍未完成（例如网络共享文件夹没有响应）。请把文件复制到本机后再导入。",
        FileOpening.TooLarge => $"文件超过 {WordPackageGuard.MaxFileBytes / 1024 / 1024} MB，不像是一篇报告。请把图片压缩后重新保存再导入。",
        _ => "无法读取此文件。请确认文件已保存并关闭，并检查文件权限。",
    };

    /// <summary>The report's attachment folder beside the draft, as content/README.md asks.</summary>
    private static string AttachmentFolder(string draft) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(draft))!, Path.GetFileNameWithoutExtension(draft));

    /// <summary>The names already used in the folder, which no picture may take without --force (Windows ignores case).</summary>
    private static HashSet<string> FilesIn(string folder) =>
        Directory.Exists(folder)
            ? new(Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>(), StringComparer.OrdinalIgnoreCase)
            : [];

    /// <summary>
    /// Pictures go into the attachment folder under names the importer chose free of the files there, so without
    /// --force nothing is replaced: a file appearing meanwhile stops the import rather than be overwritten.
    /// </summary>
    private static void WriteImages(IReadOnlyList<WordImage> images, string draft, bool force, TextWriter messages)
    {
        if (images.Count == 0)
        {
            return;
        }

        var folder = AttachmentFolder(draft);
        var kept = FilesIn(folder).Count;
        Directory.CreateDirectory(folder);
        foreach (var image in images)
        {
            using var file = new FileStream(Path.Combine(folder, image.FileName), force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            file.Write(image.Bytes);
        }

        messages.WriteLine(kept > 0 && !force
            ? $"已导出 {images.Count} 张图片到 {folder}（文件夹中原有的 {kept} 个文件没有改动，图片用了不与它们重名的文件名）。"
            : $"已导出 {images.Count} 张图片到 {folder}。");
    }

    private static int Done(TextWriter messages)
    {
        messages.WriteLine("请补全 publisher（发布机关），核对全文后运行 check。");
        return 0;
    }

    /// <summary>The draft checked as the site would read it where it was written; the import succeeded either way.</summary>
    private static int Check(string draft, TextWriter messages)
    {
        var full = Path.GetFullPath(draft);
        var result = ReportFileParser.Parse(File.ReadAllBytes(full), Path.GetFileName(full), Path.GetDirectoryName(full)!);
        foreach (var problem in result.Problems)
        {
            messages.WriteLine(problem with { Path = draft });
        }

        messages.WriteLine(result.Problems.Any(p => p.Severity == ProblemSeverity.Error)
            ? "检查：草稿还有上面列出的错误，改正后再发布。"
            : "检查：草稿没有错误。请对照原件逐字核对，无误后删去“draft: true”一行，报告即公开。");
        return 0;
    }
}
