using LinshuReports.Content.Model;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Refuses files whose shape no real report has but which make Markdown parsing slow or deep enough to
/// fail: huge files, thousands of nesting levels, tables of hundreds of columns. Checked before parsing,
/// so that a broken or hostile file costs the site nothing.
/// </summary>
public sealed class ComplexityGuard : IReportRule
{
    public const int MaxCharacters = 2_000_000;
    public const int MaxIndent = 48;
    public const int MaxQuoteDepth = 16;
    public const int MaxContainerDepth = 16;
    public const int MaxTableColumns = 64;

    public RuleStage Stage => RuleStage.Text;

    public bool Check(ReportUnderCheck report) => Allows(report.Text, report.Path, report.Problems);

    public static bool Allows(string text, string path, List<ContentProblem> problems)
    {
        if (text.Length > MaxCharacters)
        {
            problems.Add(new ContentProblem(path, null, ProblemSeverity.Error,
                $"文件过大（{text.Length:N0} 个字符，上限 {MaxCharacters:N0}）。请确认没有误粘贴大量内容；附件请作为 PDF 放入报告文件夹。"));
            return false;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var problem = Check(lines[i]);
            if (problem is not null)
            {
                problems.Add(new ContentProblem(path, i + 1, ProblemSeverity.Error, problem));
                return false;
            }
        }

        return true;
    }

    private static string? Check(string line)
    {
        var indent = 0;
        var quotes = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else if (c == '>')
            {
                quotes++;
            }
            else
            {
                break;
            }
        }

        if (indent > MaxIndent)
        {
            return $"这一行缩进过深（{indent} 个空格）。列表最多嵌套几层即可，请减少行首空格。";
        }

        if (quotes > MaxQuoteDepth)
        {
            return $"这一行引用嵌套过深（{quotes} 层 >）。请减少行首的 > 符号。";
        }

        if (NestingDepth.Containers(line) > MaxContainerDepth)
        {
            return $"这一行的列表或引用嵌套过深（超过 {MaxContainerDepth} 层）。请检查是否误粘贴了大量 - * > 等符号。";
        }

        return line.Count(c => c == '|') > MaxTableColumns + 1
            ? $"表格列数过多（超过 {MaxTableColumns} 列）。请拆分表格，或将大表作为 XLSX 附件提供。"
            : null;
    }
}
