using LinshuReports.Content.Model;

namespace LinshuReports.TestSupport;

public static class ReportHtml
{
    /// <summary>The whole body as the report page shows it: its sections in order.</summary>
    public static string BodyHtml(this Report report) => string.Concat(report.Sections.Select(s => s.Html));
}
