using LinshuReports.Content.Search;

namespace LinshuReports.Web.Pages;

/// <summary>
/// One search result as the page shows it: where it is (the part's heading, and the report when results come from
/// several), the section's own heading as the link, and a snippet of its text; the words marked in all of them.
/// </summary>
/// <param name="Report">The report the section belongs to; null when every result is from one report, which the page need not repeat.</param>
/// <param name="Part">The part (一、…) a subsection belongs to; null for a part itself or the text before the first part.</param>
/// <param name="Snippet">Never the heading again: the passage holding the words, or what the section begins with.</param>
public sealed record SearchResultView(string? Report, SearchSnippet? Part, SearchSnippet Heading, SearchSnippet Snippet, string Href)
{
    public static SearchResultView For(SearchHit hit, SearchQuery query, bool manyReports)
    {
        var section = hit.Section;
        var snippet = hit.Passage is { } passage ? SearchSnippet.For(passage.Text, query.Terms)
            : section.Opening is { } opening ? SearchSnippet.Opening(opening.Text, query.Terms)
            : new SearchSnippet([], string.Empty);
        var report = manyReports ? $"{hit.Report.Metadata.Year}年度 · {hit.Report.Metadata.Title}" : null;
        var part = section.Part is { } partHeading ? SearchSnippet.Whole(partHeading, query.Terms) : null;
        return new SearchResultView(report, part, SearchSnippet.Whole(section.Heading, query.Terms), snippet,
            Link(hit, hit.Passage is null ? string.Empty : snippet.FirstMatch));
    }

    /// <summary>
    /// The section's anchor (the report itself for the title's section), with a text fragment (<c>:~:text=</c>) on
    /// the snippet's first match, which browsers supporting it highlight; the others land on the section. A match in
    /// the heading alone needs none: the heading is where the link lands.
    /// </summary>
    private static string Link(SearchHit hit, string firstMatch)
    {
        var anchor = hit.Section.Anchor is { } id ? "#" + id : string.Empty;
        if (firstMatch.Length == 0)
        {
            return hit.Report.Url + anchor;
        }

        // A dash, comma or ampersand has a meaning in a text directive, so they are escaped too.
        var text = Uri.EscapeDataString(firstMatch).Replace("-", "%2D", StringComparison.Ordinal);
        return $"{hit.Report.Url}{(anchor.Length == 0 ? "#" : anchor)}:~:text={text}";
    }
}
