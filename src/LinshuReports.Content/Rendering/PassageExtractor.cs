using AngleSharp.Dom;
using LinshuReports.Content.Model;
using LinshuReports.Content.Text;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// Lists the blocks of visible text of a rendered body, each with its section, once at load, for search.
/// A block's own text excludes the blocks nested in it (a list item's sub-list, a cell's paragraphs), which are
/// passages of their own, so no text is found twice; footnote back-links (↩) are not text. A quotation or
/// division holds its text in paragraphs (Markdig writes them so), which are the passages.
/// </summary>
public static class PassageExtractor
{
    private const string Blocks = "h2, h3, h4, h5, h6, p, li, th, td, dt, dd";
    private static readonly HashSet<string> NestedBlocks = ["p", "ul", "ol", "table", "dl", "h2", "h3", "h4", "h5", "h6"];

    public static IReadOnlyList<SearchPassage> Extract(IElement body)
    {
        var passages = new List<SearchPassage>();
        string? part = null;
        string? partAnchor = null;
        string? subpart = null;
        string? subpartAnchor = null;
        foreach (var block in body.QuerySelectorAll(Blocks))
        {
            var text = OwnText(block);
            // An empty heading still opens its section (its anchor is where a result links), but names no part of the path.
            var heading = text.Length == 0 ? null : text;
            if (block.LocalName == "h2")
            {
                (part, partAnchor, subpart, subpartAnchor) = (heading, block.Id, null, null);
            }
            else if (block.LocalName == "h3")
            {
                (subpart, subpartAnchor) = (heading, block.Id);
            }

            if (text.Length == 0)
            {
                continue;
            }

            var path = new[] { part, subpart }.OfType<string>().ToArray();
            var kind = block.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" ? PassageKind.Heading : PassageKind.Body;
            passages.Add(new SearchPassage(subpartAnchor ?? partAnchor, path, text, kind));
        }

        return passages;
    }

    private static string OwnText(IElement block)
    {
        var text = new System.Text.StringBuilder();
        Append(block, text);
        return LineBreaks.Join(text.ToString()).Trim();
    }

    private static void Append(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when NestedBlocks.Contains(e.LocalName) || e.ClassList.Contains("footnote-back-ref"):
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }
}
