using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinshuReports.Content.Parsing;

/// <summary>Lists every link and image of a parsed report while Markdig still knows their lines.</summary>
public static class MarkdownLinkCollector
{
    public static IReadOnlyList<MarkdownLink> Collect(MarkdownDocument document)
    {
        var links = new List<MarkdownLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    links.Add(new MarkdownLink(Uri.UnescapeDataString(url), link.Line + 1, link.IsImage));
                    break;
                case AutolinkInline autolink:
                    links.Add(new MarkdownLink(autolink.Url, autolink.Line + 1, IsImage: false));
                    break;
            }
        }

        return links;
    }
}
