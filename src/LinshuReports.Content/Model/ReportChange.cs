namespace LinshuReports.Content.Model;

/// <summary>A correction made to a published report, kept on the record with its date and a public note.</summary>
public sealed record ReportChange(DateOnly Date, string Note);
