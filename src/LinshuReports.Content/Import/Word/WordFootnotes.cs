using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Content.Import.Word;

/// <summary>
/// Footnotes and endnotes as Markdown footnotes: each reference becomes [^n], numbered in the order the reader
/// meets them, and its text is written once at the end of the draft as "[^n]: …".
/// </summary>
public sealed class WordFootnotes
{
    private readonly List<string> _definitions = [];

    /// <summary>The marker for a reference, its note's text rendered and kept for <see cref="Definitions"/>.</summary>
    public string Reference(OpenXmlElement reference, WordImportContext context)
    {
        var document = context.Document;
        var note = reference switch
        {
            FootnoteReference footnote => document.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == footnote.Id?.Value) as OpenXmlElement,
            EndnoteReference endnote => document.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(e => e.Id?.Value == endnote.Id?.Value),
            _ => null,
        };
        var text = note is null
            ? string.Empty
            : string.Join(" ", note.Elements<Paragraph>().Select(p => WordInline.Of(p, context with { Footnotes = null }).Markdown()).Where(t => t.Length > 0));
        _definitions.Add(text);
        return $"[^{_definitions.Count}]";
    }

    public IEnumerable<string> Definitions() => _definitions.Select((text, i) => $"[^{i + 1}]: {text}");
}
