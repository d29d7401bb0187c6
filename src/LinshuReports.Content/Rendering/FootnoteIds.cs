using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// The ids Markdig gives footnotes when it renders them: <c>fn:N</c> on each note, <c>fnref:N</c> on each reference
/// to one (a note's link back names the same reference, so it adds no id of its own).
/// </summary>
public static class FootnoteIds
{
    public static IEnumerable<string> Of(MarkdownDocument document) =>
        document.Descendants<Footnote>().Select(note => $"fn:{note.Order}")
            .Concat(document.Descendants<FootnoteLink>().Select(link => $"fnref:{link.Index}"))
            .Distinct();
}
