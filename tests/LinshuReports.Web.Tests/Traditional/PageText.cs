using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LinshuReports.Web.Tests.Traditional;

/// <summary>What a reader reads of a page, a text a line: its title, its description, then each piece of text in its
/// body, leaving out scripts, styles and what is marked translate="no" (values quoted from the record).</summary>
public static class PageText
{
    public static string[] Lines(IHtmlDocument page) =>
        [
            page.Title ?? string.Empty,
            page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? string.Empty,
            .. page.Body!.Descendants<IText>()
                .Where(text => text.ParentElement?.Closest("script, style, [translate=no]") is null)
                .Select(text => string.Join(' ', text.Data.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim())
                .Where(line => line.Length > 0),
        ];
}
