using LinshuReports.Content.Model;
using LinshuReports.Content.Links;

namespace LinshuReports.Content.Loading;

/// <summary>
/// The outcome of reading one report file: the report when it is publishable, every problem found,
/// and its links to other reports, which only the whole catalog can check.
/// </summary>
public sealed record ReportParseResult(Report? Report, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<MarkdownLink> ReportLinks);
