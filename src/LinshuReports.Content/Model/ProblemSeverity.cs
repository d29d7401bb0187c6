namespace LinshuReports.Content.Model;

/// <summary>An error keeps a report off the site; a warning is published but should be fixed.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}
