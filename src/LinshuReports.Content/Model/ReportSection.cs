namespace LinshuReports.Content.Model;

/// <summary>
/// A part of a report body: the text before the first h2 (no heading), or an h2 and everything up to the
/// next one. Pages render each part on its own so a reader can be offered a way back to the contents.
/// </summary>
public sealed record ReportSection(string? HeadingId, string Html);
