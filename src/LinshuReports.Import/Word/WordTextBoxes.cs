using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// Text boxes, whose paragraphs the draft keeps after the paragraph they are anchored in. Word saves a floating
/// shape twice, as DrawingML for itself (<c>mc:Choice</c>) and as VML for older readers (<c>mc:Fallback</c>), each
/// with the box's paragraphs: only Word's own copy is read, or the text would come twice.
/// </summary>
public static class WordTextBoxes
{
    /// <summary>The boxes anchored in this paragraph, once each; a box inside a box is anchored in the outer box's paragraph.</summary>
    public static IEnumerable<TextBoxContent> In(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box => box.Ancestors<Paragraph>().First() == paragraph && !IsCopyForOlderReaders(box));

    /// <summary>Whether a drawing is a text box (whose text <see cref="In"/> gives) rather than a picture.</summary>
    public static bool IsTextBox(OpenXmlElement drawing) => drawing.Descendants<TextBoxContent>().Any();

    /// <summary>Whether the element lies in the VML copy of a shape that Word also saved as DrawingML.</summary>
    public static bool IsCopyForOlderReaders(OpenXmlElement element) =>
        element.Ancestors<AlternateContentFallback>().Any(fallback => fallback.Parent?.Elements<AlternateContentChoice>().Any() == true);

    /// <summary>The shapes of a floating object as Word shows them: its first choice, or the fallback when there is none.</summary>
    public static IEnumerable<OpenXmlElement> Shown(AlternateContent alternate) =>
        ((OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>())?.ChildElements
        ?? Enumerable.Empty<OpenXmlElement>();
}
