using AngleSharp.Html.Parser;
using LinshuReports.Content.Model;
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

    /// <param name="problems">Told, in one notice, how many punctuation marks the page shows full-width.</param>
    /// <returns>Null when the HTML would be longer than <paramref name="maxHtmlLength"/>: it is not parsed into a DOM.</returns>
    public static RenderedBody? Render(MarkdownDocument document, int maxHtmlLength, string relativePath, ICollection<ContentProblem> problems)
    {
        if (PunctuationTypesetter.Typeset(document) is var typeset and > 0)
        {
            problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Notice,
                $"正文中有 {typeset} 个半角标点用在中文里（, ; : ? ! 和括住中文的 ( )），网页上按 GB/T 15834 显示为全角（，；：？！（））。文件本身不改；数字、网址和英文里的标点不变。"));
        }

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
