using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace LinshuReports.Content.Import.Word;

/// <summary>
/// Imports a .docx as a Markdown draft, or refuses it with a Chinese message that says what to do: an old .doc,
/// .wps or PDF, a password-protected, corrupt or macro-enabled file, a zip bomb, or XML with a DTD. Nothing in the
/// file is ever run, and no other file or address is ever read.
/// </summary>
public static class WordImporter
{
    private const string Corrupt = "文件已经损坏，或不是 Word 能正常打开的 .docx。请在 Word 中打开原件，另存为 .docx 后再导入。";

    /// <param name="attachmentFolder">The report's attachment folder name (the draft's file name without .md), for pictures; null when printing.</param>
    public static WordImportResult Import(byte[] bytes, string fileName, string? attachmentFolder = null)
    {
        if ((WordFileSniffer.Refusal(bytes, fileName) ?? WordPackageGuard.Refusal(bytes)) is { } refusal)
        {
            return WordImportResult.Refused(refusal);
        }

        try
        {
            // No part is larger than the guard allows, so the reader needs no bound of its own.
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            if (document.DocumentType != WordprocessingDocumentType.Document || document.MainDocumentPart?.VbaProjectPart is not null)
            {
                return WordImportResult.Refused("这是含宏的文档或模板（.docm、.dotm、.dotx），为安全起见不导入，宏也绝不会运行。请在 Word 中另存为普通的 .docx 再导入。");
            }

            if (document.MainDocumentPart?.Document?.Body is null)
            {
                return WordImportResult.Refused(Corrupt);
            }

            var result = WordDocumentConverter.Convert(document.MainDocumentPart, attachmentFolder);
            return result.Notes is { Headings: 0, Paragraphs: 0, Tables: 0 }
                ? WordImportResult.Refused("文档里没有正文，没有可导入的内容。请确认选对了文件。")
                : result;
        }
        catch (Exception ex) when (ex is XmlException or OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException)
        {
            return WordImportResult.Refused(Corrupt);
        }
    }
}
