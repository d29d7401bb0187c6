using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Rendering;
using LinshuReports.Content.Validation;
using Markdig;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Reads one report file end to end: decode, parse front matter and body, validate, render. Every
/// mistake becomes a <see cref="ContentProblem"/>; nothing a clerk writes makes it throw.
/// </summary>
public static class ReportFileParser
{
    public static ReportParseResult Parse(byte[] bytes, string relativePath)
    {
        var problems = new List<ContentProblem>();
        var text = ContentFileDecoder.Decode(bytes, relativePath, problems);
        if (text is null)
        {
            return new ReportParseResult(null, problems);
        }

        var document = Markdown.Parse(text, MarkdownPipelineProvider.Shared);
        var frontMatter = FrontMatterReader.Read(document, relativePath, problems);
        var metadata = frontMatter is null ? null : MetadataReader.Read(frontMatter, relativePath, problems);
        BodyStructureChecker.Check(document, relativePath, problems);

        if (metadata is null || problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new ReportParseResult(null, problems);
        }

        var (html, contents) = ReportHtmlRenderer.Render(document);
        return new ReportParseResult(new Report(metadata, html, contents, relativePath), problems);
    }
}
