using System.Text.RegularExpressions;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Validation;

/// <summary>
/// The mark <c>new</c> leaves where text is still to be written. A draft may hold it; a report about to be public
/// may not, so an unfinished outline can never go live by a forgotten <c>draft: true</c> or a date that arrives.
/// </summary>
public static partial class Placeholders
{
    public const string Mark = "（待填写）";

    public static void Check(string text, ReportMetadata metadata, string path, List<ContentProblem> problems)
    {
        if (metadata.Draft)
        {
            return;
        }

        var line = 0;
        foreach (var content in text.AsSpan().EnumerateLines())
        {
            line++;
            if (MarkPattern().IsMatch(content))
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"这一行还有占位文字“{Mark}”，报告没有写完，不能发布。请换成正文；还没写完就在前置信息里保留“draft: true”。"));
            }
        }
    }

    /// <summary>Half- or full-width brackets, with or without a hint after the words: a clerk may retype it either way.</summary>
    [GeneratedRegex(@"[（(]\s*待填写[^）)\n]*[）)]")]
    private static partial Regex MarkPattern();
}
