using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Content.Import.Word;

/// <summary>
/// One Word paragraph's text as the reader of the final document sees it: tracked insertions accepted and
/// deletions dropped, field instructions and comment marks left out; as plain text (for recognising headings
/// and the title) and as Markdown with bold, italic, links and line breaks.
/// </summary>
public sealed class WordInline
{
    private readonly List<Piece> _pieces = [];
    private readonly MainDocumentPart _document;
    private readonly WordImportNotes _notes;
    private readonly WordFootnotes? _footnotes;

    private WordInline(MainDocumentPart document, WordImportNotes notes, WordFootnotes? footnotes)
    {
        _document = document;
        _notes = notes;
        _footnotes = footnotes;
    }

    /// <summary>The text without footnote markers, for recognising headings and the title.</summary>
    public string Plain => string.Concat(_pieces.Where(p => !p.IsMarkup).Select(p => p.Text));

    /// <param name="footnotes">Where footnote references go; null inside a footnote, which has none.</param>
    public static WordInline Of(OpenXmlElement paragraph, MainDocumentPart document, WordImportNotes notes, WordFootnotes? footnotes)
    {
        var inline = new WordInline(document, notes, footnotes);
        inline.Walk(paragraph, link: null);
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

            var marker = (piece.Bold ? "**" : string.Empty) + (piece.Italic ? "*" : string.Empty);
            var core = text.Trim(' ');
            if (marker.Length == 0 || core.Length == 0)
            {
                markdown.Append(text);
                continue;
            }

            // Emphasis cannot open after or close before a space, so the spaces stay outside it.
            markdown.Append(' ', text.Length - text.TrimStart(' ').Length)
                .Append(marker).Append(core).Append(string.Concat(marker.Reverse()))
                .Append(' ', text.Length - text.TrimEnd(' ').Length);
        }

        return markdown.ToString().Trim();
    }

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

    private void Walk(OpenXmlElement element, string? link)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AddRun(run, link);
                    break;
                case DeletedRun:
                    _notes.Deletions++;
                    break;
                case InsertedRun inserted:
                    _notes.Insertions++;
                    Walk(inserted, link);
                    break;
                case Hyperlink hyperlink:
                    Walk(hyperlink, link ?? Target(hyperlink));
                    break;
                case SimpleField or SdtRun or SdtContentRun or CustomXmlRun:
                    Walk(child, link);
                    break;
            }
        }
    }

    /// <summary>An external web address only: a link to a bookmark inside the document has no page to point to.</summary>
    private string? Target(Hyperlink hyperlink) =>
        hyperlink.Id?.Value is { } id
        && _document.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri is { IsAbsoluteUri: true } uri
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
                    _pieces.Add(new Piece("\n", false, false, null));
                    break;
                case Drawing or Picture:
                    _notes.Lose("图片（图片的导入尚未完成：请把原图放进报告的附件文件夹，并在草稿中链接）");
                    break;
                case FootnoteReference or EndnoteReference when _footnotes is not null:
                    _pieces.Add(new Piece(_footnotes.Reference(part), false, false, null, IsMarkup: true));
                    break;
            }
        }
    }

    private static bool IsOn(OnOffType? flag) => flag is not null && (flag.Val is null || flag.Val.Value);

    /// <param name="IsMarkup">Markdown written by the importer (a footnote marker), not the document's text.</param>
    private sealed record Piece(string Text, bool Bold, bool Italic, string? Link, bool IsMarkup = false);
}
