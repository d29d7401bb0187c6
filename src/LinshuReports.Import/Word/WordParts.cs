using DocumentFormat.OpenXml.Packaging;

namespace LinshuReports.Import.Word;

/// <summary>
/// Ties a failure to the part being read, so a damaged or made-up package is refused naming the part to look at.
/// The innermost reading names it: a failure in numbering.xml while reading a paragraph of document.xml is numbering.xml's.
/// </summary>
public static class WordParts
{
    /// <summary>Runs <paramref name="read"/>; whatever it throws becomes a refusal naming <paramref name="part"/>.</summary>
    public static T Read<T>(OpenXmlPart? part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (part is not null && ex is not WordRefusedException)
        {
            throw new WordRefusedException(Damaged(part, "已损坏，或含有 Word 不会写出的内容，无法读取"), ex);
        }
    }

    /// <summary>
    /// Parses every part the import reads, each on its own: the SDK parses a part when it is first touched, deep in
    /// the conversion, where a broken part could no longer be told from the one being read.
    /// </summary>
    public static void Load(MainDocumentPart main)
    {
        OpenXmlPart?[] parts = [main, main.StyleDefinitionsPart, main.NumberingDefinitionsPart, main.FootnotesPart, main.EndnotesPart, main.WordprocessingCommentsPart];
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            Read(part, () => part.RootElement);
        }
    }

    /// <summary>The refusal for a damaged part: its name in the package (word/numbering.xml), what is wrong, what to do.</summary>
    public static string Damaged(OpenXmlPart part, string what) =>
        $"文件中的 {part.Uri.OriginalString.TrimStart('/')} {what}。请在 Word 中打开原件，另存为 .docx 后再导入。";
}
