using AngleSharp.Html.Parser;
using LinshuReports.Content.Parsing;
using Markdig;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>Renders a parsed report body to HTML, then post-processes it once with AngleSharp.</summary>
public static class ReportHtmlRenderer
{
    private static readonly HtmlParser Parser = new();

    /// <returns>Null when the HTML would be longer than <paramref name="maxHtmlLength"/>: it is not parsed into a DOM.</returns>
    public static RenderedBody? Render(MarkdownDocument document, string sourcePath, string reportUrl, int maxHtmlLength)
    {
        var markdigHtml = document.ToHtml(MarkdownPipelineProvider.Shared);
        if (markdigHtml.Length > maxHtmlLength)
        {
            return null;
        }

        using var page = Parser.ParseDocument(string.Empty);
        var body = page.Body!;
        body.InnerHtml = markdigHtml;

        UnsafeUrlRemover.Remove(body);
        AttachmentUrlRewriter.Rewrite(body, sourcePath, reportUrl);
        TableWrapper.Wrap(body);
        HeadingIdAssigner.Assign(body);
        var contents = ContentsBuilder.Build(body);
        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return new RenderedBody(SectionSplitter.Split(body), contents, ids, PassageExtractor.Extract(body));
    }
}
