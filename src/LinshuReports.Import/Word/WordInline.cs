using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// One Word paragraph's text as the reader of the final document sees it: tracked insertions accepted and
/// deletions dropped, field instructions and comment marks left out; as plain text (for recognising headings
/// and the title) and as Markdown with bold, italic, links and line breaks.
/// </summary>
public sealed class WordInline
{
    private readonly List<Piece> _pieces = [];
    private readonly WordImportContext _context;

    private WordInline(WordImportContext context) => _context = context;

    /// <summary>The text without footnote markers, for recognising headings and the title.</summary>
    public string Plain => string.Concat(_pieces.Where(p => !p.IsMarkup).Select(p => p.Text));

    public static WordInline Of(OpenXmlElement paragraph, WordImportContext context)
    {
        var inline = new WordInline(context);
        inline.Walk(paragraph, link: null, depth: 0);
        return inline;
    }

    /// <summary>The text escaped for Markdown, with emphasis (over runs of the same formatting joined) and links.</summary>
    public string Markdown()
    {
        var markdown = new StringBuilder();
        foreach (var piece in Joined())
        {
            if (piece.IsMarkup)
            {
                markdown.Append(piece.Text);
                continue;
            }

            var text = MarkdownText.EscapeCharacters(piece.Text).Replace("\n", "\\\n", StringComparison.Ordinal);
            if (piece.Link is { } link)
            {
                markdown.Append('[').Append(text).Append("](<").Append(link).Append(">)");
                continue;
            }

            var marker = EmphasisMarker(piece.Bold, piece.Italic);
            var core = text.Trim(' ');
            if (marker.Length == 0 || core.Length == 0)
            {
                markdown.Append(text);
                continue;
            }

            // Emphasis cannot open after or close before a space, so the spaces stay outside it.
            markdown.Append(' ', text.Length - text.TrimStart(' ').Length)
                .Append(marker).Append(core).Append(marker)
                .Append(' ', text.Length - text.TrimEnd(' ').Length);
        }

        return markdown.ToString().Trim();
    }

    /// <summary>What the draft writes on either side of text in this emphasis.</summary>
    public static string EmphasisMarker(bool bold, bool italic) => (bold ? "**" : string.Empty) + (italic ? "*" : string.Empty);

    private List<Piece> Joined()
    {
        var joined = new List<Piece>();
        foreach (var piece in _pieces)
        {
            if (joined.Count > 0 && joined[^1] with { Text = piece.Text } == piece)
            {
                joined[^1] = piece with { Text = joined[^1].Text + piece.Text };
            }
            else
            {
                joined.Add(piece);
            }
        }

        return joined;
    }

    private void Walk(OpenXmlElement element, string? link, int depth)
    {
        if (depth > WordImportContext.MaxNesting)
        {
            _context.TooDeep();
            return;
        }

        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AddRun(run, link);
                    break;
                case DeletedRun:
                    _context.Notes.Deletions++;
                    break;
                case InsertedRun inserted:
                    _context.Notes.Insertions++;
                    Walk(inserted, link, depth + 1);
                    break;
                case Hyperlink hyperlink:
                    Walk(hyperlink, Target(hyperlink), depth + 1);
                    break;
                case SimpleField or SdtRun or SdtContentRun or CustomXmlRun:
                    Walk(child, link, depth + 1);
                    break;
            }
        }
    }

    /// <summary>An external web address only: a link to a bookmark inside the document has no page to point to.</summary>
    private string? Target(Hyperlink hyperlink) =>
        hyperlink.Id?.Value is { } id
        && _context.Document.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri is { IsAbsoluteUri: true } uri
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private void AddRun(Run run, string? link)
    {
        var bold = IsOn(run.RunProperties?.Bold);
        var italic = IsOn(run.RunProperties?.Italic);
        foreach (var part in run.ChildElements)
        {
            switch (part)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    _pieces.Add(new Piece(text.Text, bold, italic, link));
                    break;
                case TabChar:
                    _pieces.Add(new Piece(" ", bold, italic, link));
                    break;
                case CarriageReturn:
                case Break brk when brk.Type is null || brk.Type.Value == BreakValues.TextWrapping:
                    _pieces.Add(new Piece("\n"));
                    break;
                case Drawing or Picture:
                    AddPicture(part);
                    break;
                case AlternateContent floating:
                    foreach (var shape in WordTextBoxes.Shown(floating).Where(s => s is Drawing or Picture))
                    {
                        AddPicture(shape);
                    }

                    break;
                case FootnoteReference or EndnoteReference when _context.Footnotes is { } footnotes:
                    _pieces.Add(new Piece(footnotes.Reference(part, _context), IsMarkup: true));
                    break;
            }
        }
    }

    /// <summary>A picture becomes a Markdown image; a text box is left to <see cref="WordTextBoxes"/>, which puts its
    /// paragraphs after this one.</summary>
    private void AddPicture(OpenXmlElement drawing)
    {
        // A chart or SmartArt holds no picture to export: WordUnreadableContent names it to the clerk.
        if (!WordTextBoxes.IsTextBox(drawing) && !WordUnreadableContent.IsChartOrDiagram(drawing) && _context.Images.Add(drawing, _context) is { } image)
        {
            _pieces.Add(new Piece(image, IsMarkup: true));
        }
    }

    private static bool IsOn(OnOffType? flag) => flag is not null && (flag.Val is null || flag.Val.Value);

    /// <param name="IsMarkup">Markdown written by the importer (a footnote marker), not the document's text.</param>
    private sealed record Piece(string Text, bool Bold = false, bool Italic = false, string? Link = null, bool IsMarkup = false);
}
