namespace LinshuReports.Content.Validation;

/// <summary>
/// One check a report file must pass. Every rule is listed once in <see cref="ReportRules.All"/>, which <c>check</c>,
/// the site's loader and preview all run through <see cref="Loading.ReportFileParser"/>.
/// </summary>
public interface IReportRule
{
    /// <summary>How much of the file must be known before this rule can run.</summary>
    RuleStage Stage { get; }

    /// <summary>Adds what is wrong to <paramref name="report"/>'s problems.</summary>
    /// <returns>False when the file must go no further (parsing or rendering it would be unsafe or useless); the other rules of the stage still run.</returns>
    bool Check(ReportUnderCheck report);
}
