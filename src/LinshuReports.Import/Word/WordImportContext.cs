using DocumentFormat.OpenXml.Packaging;

namespace LinshuReports.Import.Word;

/// <summary>What converting one document shares: its parts, the notes for the clerk, where footnotes and pictures go, and how much may be written.</summary>
/// <param name="Footnotes">Null inside a footnote, which holds none.</param>
public sealed record WordImportContext(MainDocumentPart Document, WordImportNotes Notes, WordFootnotes? Footnotes, WordImages Images, WordOutputBudget Budget)
{
    /// <summary>
    /// How deep content controls, fields and links may nest before the rest is left out: Word nests a few levels;
    /// a made-up file nesting thousands deep would otherwise exhaust the stack of the recursive walk.
    /// </summary>
    public const int MaxNesting = 32;

    public void TooDeep() => Notes.Lose($"嵌套超过 {MaxNesting} 层的内容（正常文档不会这样，可能是构造的文件）");
}
