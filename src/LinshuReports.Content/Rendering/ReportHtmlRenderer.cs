using AngleSharp.Html.Parser;
using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using Markdig;
using Markdig.Syntax;

namespace LinshuReports.Content.Rendering;

/// <summary>Renders a parsed report body to HTML, then post-processes it once with AngleSharp.</summary>
public static class ReportHtmlRenderer
{
    private static readonly HtmlParser Parser = new();

    public static (string Html, IReadOnlyList<ContentsEntry> Contents) Render(MarkdownDocument document)
    {
        var markdigHtml = document.ToHtml(MarkdownPipelineProvider.Shared);
        using var page = Parser.ParseDocument(string.Empty);
        var body = page.Body!;
        body.InnerHtml = markdigHtml;

        UnsafeUrlRemover.Remove(body);
        HeadingIdAssigner.Assign(body);
        var contents = ContentsBuilder.Build(body);
        return (body.InnerHtml, contents);
    }
}
