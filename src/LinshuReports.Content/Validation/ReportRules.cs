using LinshuReports.Content.Links;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Every rule a report file is checked by, in the order their problems are listed within a stage. <c>check</c>, the
/// site's loader and preview all read files through <see cref="Loading.ReportFileParser"/>, which runs this list:
/// a new rule is one class implementing <see cref="IReportRule"/> and one line here.
/// </summary>
public static class ReportRules
{
    public static IReadOnlyList<IReportRule> All { get; } =
    [
        new ComplexityGuard(),
        ForbiddenCharacterRule.Illegal,
        ForbiddenCharacterRule.Format,
        new BodyStructureChecker(),
        new HeadingLimit(),
        new RawHtmlDetector(),
        new RenderSizeGuard(),
        new LinkPass(),
        new AnnualReportRules(),
        new Placeholders(),
    ];
}
