using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace LinshuReports.Import.Word;

/// <summary>
/// Imports a .docx as a Markdown draft, or refuses it with a Chinese message that says what to do: an old .doc,
/// .wps or PDF, a password-protected, corrupt or macro-enabled file, a zip bomb, or XML with a DTD. Nothing in the
/// file is ever run, and no other file or address is ever read. Whatever a damaged or made-up package makes the
/// reading throw is a refusal, naming the part where it can: the file's failure, never the command's.
/// </summary>
public static class WordImporter
{
    private const string SaveAgain = "请在 Word 中打开原件，另存为 .docx 后再导入。";
    private const string Corrupt = "文件已经损坏，或不是 Word 能正常打开的 .docx。" + SaveAgain;

    /// <param name="attachmentFolder">The report's attachment folder name (the draft's file name without .md), for pictures; null when printing.</param>
    /// <param name="takenNames">Files already in the attachment folder, which pictures must not be named after; none when they may be replaced.</param>
    public static WordImportResult Import(byte[] bytes, string fileName, string? attachmentFolder = null, IReadOnlySet<string>? takenNames = null)
    {
        if (WordFileSniffer.Refusal(bytes, fileName) is { } notWord)
        {
            return WordImportResult.Refused(notWord);
        }

        if (WordPackageGuard.Refusal(bytes, out var unpackedBytes) is { } unsafePackage)
        {
            return WordImportResult.Refused(unsafePackage);
        }

        try
        {
            return Convert(bytes, attachmentFolder, takenNames ?? new HashSet<string>(), unpackedBytes);
        }
        catch (WordRefusedException ex)
        {
            return WordImportResult.Refused(ex.Message);
        }
#pragma warning disable CA1031 // Any exception a made-up package provokes in the SDK is that file's refusal, whatever its type.
        catch (Exception)
#pragma warning restore CA1031
        {
            return WordImportResult.Refused(Corrupt);
        }
    }

    private static WordImportResult Convert(byte[] bytes, string? attachmentFolder, IReadOnlySet<string> takenNames, long unpackedBytes)
    {
        using var document = Open(bytes);
        if (document.DocumentType != WordprocessingDocumentType.Document || document.MainDocumentPart?.VbaProjectPart is not null)
        {
            return WordImportResult.Refused("这是含宏的文档或模板（.docm、.dotm、.dotx），为安全起见不导入，宏也绝不会运行。请在 Word 中另存为普通的 .docx 再导入。");
        }

        if (document.MainDocumentPart is not { } main)
        {
            return WordImportResult.Refused(WordPackageIndex.Refusal(bytes));
        }

        WordParts.Load(main);
        if (main.Document?.Body is null)
        {
            return WordImportResult.Refused(WordParts.Damaged(main, "已损坏（没有正文部分），无法读取"));
        }

        var result = WordParts.Read(main, () => WordDocumentConverter.Convert(main, new WordImages(attachmentFolder, takenNames), new WordOutputBudget(unpackedBytes)));
        if (result.Notes is { Headings: 0, Paragraphs: 0, Tables: 0 })
        {
            return WordImportResult.Refused("文档里没有正文，没有可导入的内容。请确认选对了文件。");
        }

        // The budget counted each block as read; this counts the draft exactly as it will be written.
        return result.WrittenBytes > unpackedBytes ? WordImportResult.Refused(WordOutputBudget.Refusal) : result;
    }

    /// <summary>The package opened with every part found: the SDK follows the relationships lazily, so a damaged
    /// index would otherwise fail later, where it could no longer be told from a damaged part.</summary>
    private static WordprocessingDocument Open(byte[] bytes)
    {
        WordprocessingDocument? document = null;
        try
        {
            // No part is larger than the guard allows, so the reader needs no bound of its own.
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            _ = document.GetAllParts().Count();
            return document;
        }
#pragma warning disable CA1031 // Opening reads only the package's index; whatever fails there, the index names the damage.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            document?.Dispose();
            throw new WordRefusedException(WordPackageIndex.Refusal(bytes), ex);
        }
    }
}
