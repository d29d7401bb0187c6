using LinshuReports.Content.Links;
using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Rendering;
using LinshuReports.Content.Validation;
using Markdig;
using Markdig.Syntax;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Reads one report file end to end: decode, parse front matter and body, render, running the rules of
/// <see cref="ReportRules.All"/> at each <see cref="RuleStage"/>. Every mistake becomes a <see cref="ContentProblem"/>;
/// nothing a clerk writes makes it throw.
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
        var decodingProblems = new List<ContentProblem>();
        if (ContentFileDecoder.Decode(bytes, relativePath, decodingProblems) is not { } text)
        {
            return new ReportParseResult(null, decodingProblems, []);
        }

        var report = new ReportUnderCheck(relativePath, contentRoot, text);
        if (!Passes(report, RuleStage.Text))
        {
            return Refused(report, []);
        }

        try
        {
            report.Document = Markdown.Parse(text, MarkdownPipelineProvider.Shared);
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against runaway nesting, e.g. thousands of unclosed brackets in one paragraph.
            report.Error(null, "正文的括号、强调符号或嵌套层次过多，无法解析。请检查是否误粘贴了大量 [ ] * _ 等符号。");
            return Refused(report, []);
        }

        report.FrontMatter = FrontMatterReader.Read(report.Document, text, relativePath, report.Problems);
        report.Links = LinkNode.FindAll(report.Document);
        var documentPasses = Passes(report, RuleStage.Document);
        report.Metadata = report.FrontMatter is { } frontMatter ? MetadataReader.Read(frontMatter, relativePath, report.Problems) : null;
        if (!documentPasses)
        {
            return Refused(report, []);
        }

        report.Anchors = HeadingIdAssigner.Assign(report.Document).Concat(FootnoteIds.Of(report.Document)).ToHashSet(StringComparer.Ordinal);
        Passes(report, RuleStage.Linked);
        var reportLinks = report.Links.Select(l => l.Link).Where(l => l.IsReportLink).ToList();
        if (report.Metadata is not { } metadata)
        {
            return Refused(report, reportLinks);
        }

        if (ReportHtmlRenderer.Render(report.Document, RenderSizeGuard.MaxHtmlLength(text), relativePath, report.Problems) is not { } body
            || !RenderSizeGuard.Fits(body, text))
        {
            RenderSizeGuard.RefuseRendering(relativePath, report.Problems);
            return Refused(report, reportLinks);
        }

        report.Contents = body.Contents;
        Passes(report, RuleStage.Rendered);
        var published = report.Problems.Any(p => p.Severity == ProblemSeverity.Error)
            ? null
            : new Report(metadata, body.Sections, body.Contents, relativePath, body.Passages);
        return new ReportParseResult(published, report.Problems, reportLinks);
    }

    /// <summary>Runs every rule of <paramref name="stage"/>, even after one refuses, so the clerk learns all at once.</summary>
    private static bool Passes(ReportUnderCheck report, RuleStage stage)
    {
        var passes = true;
        foreach (var rule in ReportRules.All.Where(r => r.Stage == stage))
        {
            passes &= rule.Check(report);
        }

        return passes;
    }

    private static ReportParseResult Refused(ReportUnderCheck report, IReadOnlyList<MarkdownLink> reportLinks) =>
        new(null, report.Problems, reportLinks);
}
