using DocumentFormat.OpenXml.Packaging;

namespace LinshuReports.Content.Import.Word;

/// <summary>What converting one document shares: its parts, the notes for the clerk, and where footnotes and pictures go.</summary>
/// <param name="Footnotes">Null inside a footnote, which holds none.</param>
public sealed record WordImportContext(MainDocumentPart Document, WordImportNotes Notes, WordFootnotes? Footnotes, WordImages Images);
