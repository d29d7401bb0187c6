using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinshuReports.Content.Text;

namespace LinshuReports.Import;

/// <summary>
/// Reads the lines of text of a report page saved from the county's old site: its HTML (read with
/// AngleSharp), or the page's plain text as it was scraped.
/// </summary>
public static class OldSitePage
{
    private static readonly string[] DroppedElements = ["script", "style", "noscript", "nav", "header", "footer", "form", "button", "select", "iframe"];
    private static readonly HashSet<string> BlockElements =
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "section", "article", "br"];

    public static IReadOnlyList<string> ReadLines(string text) =>
        LooksLikeHtml(text) ? ReadHtml(text) : SplitLines(text);

    private static bool LooksLikeHtml(string text) =>
        text.Contains("<html", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<p", StringComparison.OrdinalIgnoreCase);

    private static List<string> ReadHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(",", DroppedElements)).ToList())
        {
            element.Remove();
        }

        var lines = new List<string>();
        var title = document.QuerySelector("h1")?.TextContent is { } heading ? DraftFrontMatter.OneLine(heading) : null;
        if (string.IsNullOrEmpty(title))
        {
            title = document.Title is { } pageTitle ? DraftFrontMatter.OneLine(pageTitle) : null;
        }

        if (!string.IsNullOrEmpty(title))
        {
            lines.Add(title);
        }

        var current = new System.Text.StringBuilder();
        Walk(document.Body, current, lines);
        Flush(current, lines);
        return lines.Where((line, i) => i == 0 || DraftFrontMatter.OneLine(line) != title).ToList();
    }

    /// <summary>Text is gathered into one line per block element, the way a reader sees the page.</summary>
    private static void Walk(INode? node, System.Text.StringBuilder current, List<string> lines)
    {
        for (var child = node?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                current.Append(LineBreaks.Join(text.Data).Replace('\u00a0', ' '));
            }
            else if (child is IElement element)
            {
                var isBlock = BlockElements.Contains(element.LocalName);
                if (isBlock)
                {
                    Flush(current, lines);
                }

                Walk(element, current, lines);
                if (isBlock)
                {
                    Flush(current, lines);
                }
            }
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> lines)
    {
        var line = current.ToString().Trim();
        current.Clear();
        if (line.Length > 0)
        {
            lines.Add(line);
        }
    }

    private static List<string> SplitLines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList();
}
