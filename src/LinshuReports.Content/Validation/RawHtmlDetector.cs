using System.Text.RegularExpressions;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Raw HTML in a report is shown as plain text, never run; the clerk is warned, since it was almost
/// certainly pasted from another page by mistake.
/// </summary>
public sealed partial class RawHtmlDetector : IReportRule
{
    public RuleStage Stage => RuleStage.Document;

    public bool Check(ReportUnderCheck report)
    {
        var lines = report.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (HtmlTag().IsMatch(lines[i]))
            {
                report.Warning(i + 1,
                    "这一行含有 HTML 标签，网站会把它当作普通文字显示，不会执行。请删去标签，改用 Markdown 写法。");
            }
        }

        return true;
    }

    // Linear in the line's length: a backtracking engine takes minutes on one line of "<a <a <a …".
    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?\s*>", RegexOptions.NonBacktracking)]
    private static partial Regex HtmlTag();
}
