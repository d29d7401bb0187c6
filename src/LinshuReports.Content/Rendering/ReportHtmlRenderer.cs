using AngleSharp.Html.Parser;
using LinshuReports.Content.Parsing;
using Markdig;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// Renders a report body whose links and heading ids are already settled on the syntax tree, then reads
/// the HTML once with AngleSharp for what only the HTML shows: sections, the contents list and the text for search.
/// </summary>
public static class ReportHtmlRenderer
{
    private static readonly HtmlParser Parser = new();

    /// <returns>Null when the HTML would be longer than <paramref name="maxHtmlLength"/>: it is not parsed into a DOM.</returns>
    public static RenderedBody? Render(MarkdownDocument document, int maxHtmlLength)
    {
        var markdigHtml = document.ToHtml(MarkdownPipelineProvider.Shared);
        if (markdigHtml.Length > maxHtmlLength)
        {
            return null;
        }

        using var page = Parser.ParseDocument(string.Empty);
        var body = page.Body!;
        body.InnerHtml = markdigHtml;

        TableWrapper.Wrap(body);
        var contents = ContentsBuilder.Build(body);
        return new RenderedBody(SectionSplitter.Split(body), contents, PassageExtractor.Extract(body));
    }
}
