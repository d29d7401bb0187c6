using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinshuReports.Content.Links;

/// <summary>A link or image in the syntax tree, with what a clerk wrote: checked and rewritten in place before rendering.</summary>
public sealed class LinkNode
{
    private LinkNode(Inline node, MarkdownLink link)
    {
        Node = node;
        Link = link;
    }

    public Inline Node { get; }

    public MarkdownLink Link { get; }

    /// <summary>Every link and image of a document, in reading order, while Markdig still knows their lines.</summary>
    public static IReadOnlyList<LinkNode> FindAll(MarkdownDocument document)
    {
        var found = new List<LinkNode>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    found.Add(new LinkNode(link, new MarkdownLink(Uri.UnescapeDataString(url), link.Line + 1, link.IsImage)));
                    break;
                case AutolinkInline autolink:
                    found.Add(new LinkNode(autolink, new MarkdownLink(autolink.Url, autolink.Line + 1, IsImage: false)));
                    break;
            }
        }

        return found;
    }

    /// <summary>Points the link at <paramref name="url"/>, as readers will follow it.</summary>
    public void Retarget(string url)
    {
        if (Node is LinkInline link)
        {
            link.Url = url;
            link.GetDynamicUrl = null;
        }
    }

    /// <summary>Keeps what the reader sees (the link's text, or an image's description) and drops the address.</summary>
    public void Unlink()
    {
        switch (Node)
        {
            case LinkInline link:
                while (link.FirstChild is { } child)
                {
                    child.Remove();
                    link.InsertBefore(child);
                }

                link.Remove();
                break;
            case AutolinkInline autolink:
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
                break;
        }
    }
}
