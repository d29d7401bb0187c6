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
        if (note is null)
        {
            context.Notes.Lose($"第 {_definitions.Count + 1} 条注释的文字（原件中找不到，草稿中留空，请对照原件补写）");
        }

        var paragraphs = note?.Elements<Paragraph>() ?? [];
        _definitions.Add(string.Join(" ", paragraphs.Select(p => WordInline.Of(p, context with { Footnotes = null }).Markdown()).Where(t => t.Length > 0)));
        return $"[^{_definitions.Count}]";
    }

    public IEnumerable<string> Definitions() => _definitions.Select((text, i) => $"[^{i + 1}]: {text}");
}
