using LinshuReports.Content.Model;
using LinshuReports.Content.Search;

namespace LinshuReports.Web.Pages;

/// <summary>One search result as the page shows it: where it is, a snippet, and a link to its section.</summary>
public sealed record SearchResultView(Report Report, string Heading, SearchSnippet Snippet, string Href)
{
    public static SearchResultView For(SearchHit hit, SearchQuery query)
    {
        var passage = hit.Passage;
        var snippet = SearchSnippet.For(passage.Text, query.Terms);
        var heading = passage.HeadingPath.Count > 0 ? string.Join(" › ", passage.HeadingPath) : hit.Report.Metadata.Title;
        return new SearchResultView(hit.Report, heading, snippet, Link(hit, snippet.FirstMatch));
    }

    /// <summary>
    /// The section's anchor, with a text fragment (<c>:~:text=</c>) that browsers supporting it use to highlight
    /// the words; the others land on the section. The title needs neither.
    /// </summary>
    private static string Link(SearchHit hit, string firstMatch)
    {
        if (hit.Passage.Kind == PassageKind.Title || firstMatch.Length == 0)
        {
            return hit.Report.Url;
        }

        // A dash, comma or ampersand has a meaning in a text directive, so they are escaped too.
        var text = Uri.EscapeDataString(firstMatch).Replace("-", "%2D", StringComparison.Ordinal);
        return $"{hit.Report.Url}#{hit.Passage.Anchor}:~:text={text}";
    }
}
