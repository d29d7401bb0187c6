namespace LinshuReports.Content.Model;

/// <summary>An error keeps a report off the site; a warning is published but should be fixed; a notice is for information (a draft, a scheduled report).</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
    Notice,
}
