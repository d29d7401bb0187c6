using AngleSharp.Dom;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Rendering;

/// <summary>Builds a report's contents list from its h2 and h3 headings that carry ids.</summary>
public static class ContentsBuilder
{
    public static IReadOnlyList<ContentsEntry> Build(IElement root)
    {
        var sections = new List<(IElement Heading, List<ContentsEntry> Children)>();
        foreach (var heading in root.QuerySelectorAll("h2[id], h3[id]"))
        {
            // An h3 that comes before any h2 has no section to sit under, so it stands at the top level.
            if (heading.LocalName == "h3" && sections.Count > 0)
            {
                sections[^1].Children.Add(Entry(heading, []));
            }
            else
            {
                sections.Add((heading, []));
            }
        }

        return sections.Select(s => Entry(s.Heading, s.Children)).ToList();
    }

    private static ContentsEntry Entry(IElement heading, IReadOnlyList<ContentsEntry> children) =>
        new(heading.Id!, heading.TextContent.Trim(), children);
}
