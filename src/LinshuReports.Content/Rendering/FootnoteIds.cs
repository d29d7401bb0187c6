using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>The ids Markdig gives footnotes when it renders them: <c>fn:N</c> on each note, <c>fnref:N</c> on each reference to one.</summary>
public static class FootnoteIds
{
    public static IEnumerable<string> Of(MarkdownDocument document) =>
        document.Descendants<Footnote>().Select(note => $"fn:{note.Order}")
            .Concat(document.Descendants<FootnoteLink>().Where(link => !link.IsBackLink).Select(link => $"fnref:{link.Index}"));
}
