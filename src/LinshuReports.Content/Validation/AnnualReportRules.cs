using System.Text.RegularExpressions;

namespace LinshuReports.Content.Validation;

/// <summary>
/// What 《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号) asks of a 法治政府建设年度报告: its four parts,
/// publication before 1 April of the following year (Article 24), so a 发布日期 to show it by, and one year throughout. Warnings only,
/// never errors: a report that breaks them is still the record, and other kinds of reports exist.
/// </summary>
public sealed partial class AnnualReportRules : IReportRule
{
    private const string Regulation = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）";

    /// <summary>Each required part, and words of which a heading naming it has at least one: clerks word them differently.</summary>
    private static readonly (string Part, string[] Words)[] RequiredParts =
    [
        ("上一年度推进法治政府建设的主要举措和成效", ["举措", "成效"]),
        ("存在的不足和原因", ["不足", "问题"]),
        ("党政主要负责人履行推进法治建设第一责任人职责的情况", ["第一责任人", "主要负责人"]),
        ("下一年度推进法治政府建设的主要安排", ["安排", "打算", "计划", "思路"]),
    ];

    public RuleStage Stage => RuleStage.Rendered;

    public bool Check(ReportUnderCheck report)
    {
        if (report is not { Metadata: { } metadata, FrontMatter: { } frontMatter } || !metadata.Title.Contains("法治政府建设", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = report.Contents;

        var titleLine = frontMatter.Get("title")?.Line ?? frontMatter.FirstLine;
        foreach (var (part, words) in RequiredParts)
        {
            if (!parts.Any(p => words.Any(w => p.Text.Contains(w, StringComparison.Ordinal))))
            {
                report.Warning(titleLine,
                    $"找不到“{part}”这一部分（没有一个 ## 标题含有“{string.Join("”或“", words)}”）。按{Regulation}，法治政府建设年度报告应包括这一部分。请核对原件，如确有这部分，请把它写成 ## 标题。");
            }
        }

        var deadline = new DateOnly(metadata.Year + 1, 3, 31);
        // A draft is dated when it is published; asking for the date before then would only be noise.
        if (metadata.Date is null && !metadata.Draft)
        {
            report.Warning(frontMatter.FirstLine,
                $"没有写发布日期（前置信息 date）。按{Regulation}第二十四条，{metadata.Year}年度的报告应在 {metadata.Year + 1}年4月1日之前公开，读者要看到发布日期才知道它是否按时公开。请写上报告实际公开的那一天（格式 date: YYYY-MM-DD）；日期不明时请先核实，不要估填。报告照常发布。");
        }
        else if (metadata.Date > deadline)
        {
            report.Warning(frontMatter.Get("date")!.Line,
                $"发布日期 {metadata.Date:yyyy-MM-dd} 晚于 {deadline:yyyy年M月d日}。按{Regulation}第二十四条，{metadata.Year}年度的报告应在 {metadata.Year + 1}年4月1日之前公开。请核对日期。");
        }

        if (YearInTitle().Match(metadata.Title) is { Success: true } match && match.Groups[1].Value != metadata.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            report.Warning(titleLine,
                $"标题写的是 {match.Groups[1].Value} 年，前置信息 year 和文件名写的是 {metadata.Year} 年。请核对哪一个是对的，使三者一致。");
        }

        return true;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearInTitle();
}
