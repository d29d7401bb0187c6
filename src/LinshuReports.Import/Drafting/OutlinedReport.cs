using LinshuReports.Content.Model;

namespace LinshuReports.Import.Drafting;

/// <summary>A new report's file name, title and text, and the report it was modelled on (null when the folder had none).</summary>
public sealed record OutlinedReport(string FileName, string Title, string Markdown, Report? Model);
