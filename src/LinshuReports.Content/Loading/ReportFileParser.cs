using LinshuReports.Content.Links;
using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Rendering;
using LinshuReports.Content.Validation;
using Markdig;
using Markdig.Syntax;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Reads one report file end to end: decode, parse front matter and body, validate, render. Every
/// mistake becomes a <see cref="ContentProblem"/>; nothing a clerk writes makes it throw.
/// </summary>
public static class ReportFileParser
{
    /// <param name="relativePath">The file's path inside the content folder, as problems name it.</param>
    /// <param name="contentRoot">The content folder, where the report's images and attachments are looked for.</param>
    public static ReportParseResult Parse(byte[] bytes, string relativePath, string contentRoot)
    {
        try
        {
            return ParseUnguarded(bytes, relativePath, contentRoot);
        }
        catch (Exception ex)
        {
            // Out of memory included: the guards should refuse such a file first, but if one slips past,
            // it is this file that is invalid, never the site. Its last good version stays online.
            return new ReportParseResult(null,
                [new ContentProblem(relativePath, null, ProblemSeverity.Error,
                    $"处理此文件时出错（{ex.GetType().Name}），未发布。请检查是否误粘贴了大量重复或特殊的内容；仍无法解决请联系网站技术人员。")], []);
        }
    }

    private static ReportParseResult ParseUnguarded(byte[] bytes, string relativePath, string contentRoot)
    {
        var problems = new List<ContentProblem>();
        var text = ContentFileDecoder.Decode(bytes, relativePath, problems);
        if (text is null || !ComplexityGuard.Allows(text, relativePath, problems))
        {
            return new ReportParseResult(null, problems, []);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, MarkdownPipelineProvider.Shared);
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against runaway nesting, e.g. thousands of unclosed brackets in one paragraph.
            problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Error,
                "正文的括号、强调符号或嵌套层次过多，无法解析。请检查是否误粘贴了大量 [ ] * _ 等符号。"));
            return new ReportParseResult(null, problems, []);
        }

        var frontMatter = FrontMatterReader.Read(document, text, relativePath, problems);
        IllegalCharacterChecker.Check(text, document, frontMatter, relativePath, problems);
        var metadata = frontMatter is null ? null : MetadataReader.Read(frontMatter, relativePath, problems);
        BodyStructureChecker.Check(document, relativePath, problems);
        RawHtmlDetector.Check(text, relativePath, problems);

        var links = LinkNode.FindAll(document);
        if (!RenderSizeGuard.AllowsLinks(links.Select(l => l.Link).ToList(), text, relativePath, problems))
        {
            return new ReportParseResult(null, problems, []);
        }

        var anchors = HeadingIdAssigner.Assign(document).Concat(FootnoteIds.Of(document)).ToHashSet(StringComparer.Ordinal);
        var url = metadata is null ? null : ReportUrl.For(metadata.Year, metadata.Slug);
        LinkPass.Run(links, anchors, relativePath, contentRoot, url, problems);
        var reportLinks = links.Select(l => l.Link).Where(l => l.IsReportLink).ToList();
        if (metadata is null)
        {
            return new ReportParseResult(null, problems, reportLinks);
        }

        if (ReportHtmlRenderer.Render(document, RenderSizeGuard.MaxHtmlLength(text), relativePath, problems) is not { } body)
        {
            RenderSizeGuard.RefuseRendering(relativePath, problems);
            return new ReportParseResult(null, problems, reportLinks);
        }

        AnnualReportRules.Check(metadata, frontMatter!, body.Contents, relativePath, problems);
        Placeholders.Check(text, metadata, relativePath, problems);

        var report = problems.Any(p => p.Severity == ProblemSeverity.Error)
            ? null
            : new Report(metadata, body.Sections, body.Contents, relativePath, body.Passages);
        return new ReportParseResult(report, problems, reportLinks);
    }
}
