using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// Footnotes and endnotes as Markdown footnotes: each reference becomes [^n], numbered in the order the reader
/// meets them, and its text is written once at the end of the draft as "[^n]: …".
/// </summary>
public sealed class WordFootnotes
{
    private readonly List<string> _definitions = [];
    private readonly Dictionary<(bool IsEndnote, long? Id), string> _markers = [];

    /// <summary>
    /// The marker for a reference, its note's text rendered and kept for <see cref="Definitions"/>; a note referenced
    /// again gets the same marker, its text written once however often it is referenced.
    /// </summary>
    public string Reference(OpenXmlElement reference, WordImportContext context)
    {
        (bool IsEndnote, long? Id) key = reference switch
        {
            FootnoteReference footnote => (false, footnote.Id?.Value),
            EndnoteReference endnote => (true, endnote.Id?.Value),
            _ => (false, (long?)null),
        };
        if (_markers.TryGetValue(key, out var known))
        {
            return known;
        }

        var document = context.Document;
        OpenXmlPart? part = key.IsEndnote ? document.EndnotesPart : document.FootnotesPart;
        var definition = WordParts.Read(part, () =>
        {
            var note = reference switch
            {
                FootnoteReference => document.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == key.Id) as OpenXmlElement,
                EndnoteReference => document.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(e => e.Id?.Value == key.Id),
                _ => null,
            };
            if (note is null)
            {
                context.Notes.Lose($"第 {_definitions.Count + 1} 条注释的文字（原件中找不到，草稿中留空，请对照原件补写）");
            }

            var paragraphs = note?.Elements<Paragraph>() ?? [];
            return string.Join(" ", paragraphs.Select(p => WordInline.Of(p, context with { Footnotes = null }).Markdown()).Where(t => t.Length > 0));
        });
        context.Budget.Spend(definition);
        _definitions.Add(definition);
        var marker = $"[^{_definitions.Count}]";
        _markers[key] = marker;
        return marker;
    }

    public IEnumerable<string> Definitions() => _definitions.Select((text, i) => $"[^{i + 1}]: {text}");
}
