using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LinshuReports.Traditional;

/// <summary>
/// Converts what a reader reads in a rendered page, and nothing else: text between tags and the attributes that are
/// read or spoken (<c>title</c>, <c>alt</c>, <c>aria-label</c>, <c>placeholder</c>, a meta's <c>content</c>).
/// Addresses and ids (<c>href</c>, <c>id</c>, <c>value</c>, …), scripts, styles and comments are left as they are, and
/// so is any element marked <c>translate="no"</c> (values quoted from the record, such as 文号) with all it holds.
/// </summary>
/// <remarks>AngleSharp parses and writes the page: about 3 ms more a page than a hand-written walk over the markup
/// (tests/bench/README.md), once per render, for a parser of our own the size of this whole library.</remarks>
public static class HtmlTextConversion
{
    private static readonly string[] ReadAttributes = ["title", "alt", "aria-label", "placeholder", "content"];

    private static readonly HtmlParser Parser = new();

    public static string Convert(string html, ChineseConverter converter)
    {
        using var document = Parser.ParseDocument(html);
        Convert(document.DocumentElement, converter);
        return document.ToHtml();
    }

    private static void Convert(IElement element, ChineseConverter converter)
    {
        if (element.LocalName is "script" or "style" || element.GetAttribute("translate") == "no")
        {
            return;
        }

        foreach (var name in ReadAttributes)
        {
            if (element.GetAttribute(name) is { } value)
            {
                element.SetAttribute(name, converter.Convert(value));
            }
        }

        // A template's markup (the read-aloud's 朗读本节 button) is a fragment of its own, not among its children.
        foreach (var child in element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes)
        {
            if (child is IText text)
            {
                text.Data = converter.Convert(text.Data);
            }
            else if (child is IElement inner)
            {
                Convert(inner, converter);
            }
        }
    }
}
