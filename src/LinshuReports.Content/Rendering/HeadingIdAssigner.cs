using AngleSharp.Dom;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// The one step that gives section headings their ids. Markdig's auto-identifiers keep only ASCII,
/// so every Chinese heading would become "section-N". Instead each id follows the report's own
/// outline: the second h3 under the first h2 is <c>part-1-2</c>. The ids are readable, ASCII (never
/// percent-encoded in a shared link) and survive edits to a heading's wording.
/// </summary>
public static class HeadingIdAssigner
{
    public static void Assign(IElement root)
    {
        var part = 0;
        var subpart = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in root.QuerySelectorAll("h2, h3"))
        {
            string id;
            if (heading.LocalName == "h2")
            {
                part++;
                subpart = 0;
                id = $"part-{part}";
            }
            else
            {
                subpart++;
                id = $"part-{part}-{subpart}";
            }

            heading.Id = Unique(id, used);
        }
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
