using LinshuReports.Content.Model;

namespace LinshuReports.Content.Loading;

/// <summary>The outcome of reading one report file: the report when it is publishable, and every problem found.</summary>
public sealed record ReportParseResult(Report? Report, IReadOnlyList<ContentProblem> Problems);
