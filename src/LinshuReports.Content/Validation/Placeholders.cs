using System.Text.RegularExpressions;

namespace LinshuReports.Content.Validation;

/// <summary>
/// The mark <c>new</c> leaves where text is still to be written. A draft may hold it; a report about to be public
/// may not, so an unfinished outline can never go live by a forgotten <c>draft: true</c> or a date that arrives.
/// </summary>
public sealed partial class Placeholders : IReportRule
{
    public const string Mark = "（待填写）";

    public RuleStage Stage => RuleStage.Rendered;

    public bool Check(ReportUnderCheck report)
    {
        if (report.Metadata is not { Draft: false })
        {
            return true;
        }

        var line = 0;
        foreach (var content in report.Text.AsSpan().EnumerateLines())
        {
            line++;
            if (MarkPattern().IsMatch(content))
            {
                report.Error(line,
                    $"这一行还有占位文字“{Mark}”，报告没有写完，不能发布。请换成正文；还没写完就在前置信息里保留“draft: true”。");
            }
        }

        return true;
    }

    /// <summary>Half- or full-width brackets, with or without a hint after the words: a clerk may retype it either way.</summary>
    [GeneratedRegex(@"[（(]\s*待填写[^）)\n]*[）)]")]
    private static partial Regex MarkPattern();
}
