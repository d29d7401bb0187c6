using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// The one step that gives section headings their ids, on the syntax tree as Markdig's own
/// auto-identifiers do, so links to them are checked before rendering. Markdig's ids keep only ASCII,
/// so every Chinese heading would become "section-N". Instead each id follows the report's own
/// outline: the second h3 under the first h2 is <c>part-1-2</c>. The ids are readable, ASCII (never
/// percent-encoded in a shared link), unique by construction, and survive edits to a heading's wording.
/// </summary>
public static class HeadingIdAssigner
{
    /// <returns>Every id given.</returns>
    public static IReadOnlySet<string> Assign(MarkdownDocument document)
    {
        var part = 0;
        var subpart = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            string id;
            switch (heading.Level)
            {
                case 2:
                    part++;
                    subpart = 0;
                    id = $"part-{part}";
                    break;
                case 3:
                    subpart++;
                    id = $"part-{part}-{subpart}";
                    break;
                default:
                    continue;
            }

            heading.GetAttributes().Id = id;
            ids.Add(id);
        }

        return ids;
    }
}
