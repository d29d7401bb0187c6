namespace LinshuReports.Content.Model;

/// <summary>What the front matter of a report file says about the report.</summary>
public sealed record ReportMetadata(
    string Title,
    int Year,
    string Publisher,
    string Category,
    string Slug,
    DateOnly? Date = null,
    string? Summary = null);
