using System.Text.RegularExpressions;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// The 政府信息公开 fields of the front matter: 索引号, the dates' order, 草稿, and the 更新记录 of corrections.
/// </summary>
public static partial class PublicationFields
{
    /// <summary>How 索引号 is written, for the staff guide and the error message.</summary>
    public const string IndexNoFormat = "机构代码/年份-流水号，机构代码为 9 位组织机构代码或 18 位统一社会信用代码（大写字母和数字），如 11371329MB28XXXXXX/2025-00012";

    public static string? ReadIndexNo(FrontMatterValue? value, string path, List<ContentProblem> problems)
    {
        var text = value?.Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (IndexNo().IsMatch(text))
        {
            return text;
        }

        problems.Add(new ContentProblem(path, value!.Line, ProblemSeverity.Error,
            $"index_no（索引号）格式不对，现在是“{text}”。应写成{IndexNoFormat}。"));
        return null;
    }

    public static bool ReadDraft(FrontMatterValue? value, string path, List<ContentProblem> problems)
    {
        switch (value?.Text.Trim())
        {
            case null or "" or "false":
                return false;
            case "true":
                return true;
            default:
                problems.Add(new ContentProblem(path, value.Line, ProblemSeverity.Error,
                    $"draft（草稿）只能写 true 或 false，现在是“{value.Text}”。草稿写“draft: true”；可以发布时删去这一行。"));
                return false;
        }
    }

    /// <summary>发布日期 cannot come before 成文日期: a document is written before it is published.</summary>
    public static void CheckDateOrder(FrontMatterValue? dateValue, DateOnly? date, DateOnly? written, string path, List<ContentProblem> problems)
    {
        if (date < written)
        {
            problems.Add(new ContentProblem(path, dateValue!.Line, ProblemSeverity.Error,
                $"发布日期（date: {date:yyyy-MM-dd}）早于成文日期（written: {written:yyyy-MM-dd}）。请核对两个日期。"));
        }
    }

    /// <summary>Each correction has a real date on or after 发布日期, later than the one before it, and a note.</summary>
    public static IReadOnlyList<ReportChange>? ReadChanges(IReadOnlyList<FrontMatterEntry>? entries, DateOnly? published, string path, List<ContentProblem> problems)
    {
        if (entries is null || entries.Count == 0)
        {
            return null;
        }

        var changes = new List<ReportChange>();
        foreach (var entry in entries)
        {
            var date = MetadataReader.ReadDate(entry.Get("date"), "changes 的 date", "更正日期", path, problems);
            var note = entry.Get("note")?.Text.Trim();
            if (entry.Get("date") is null)
            {
                problems.Add(new ContentProblem(path, entry.Line, ProblemSeverity.Error, "这条更新记录缺少 date（更正日期）。请写“date: 年-月-日”。"));
            }

            if (string.IsNullOrEmpty(note))
            {
                problems.Add(new ContentProblem(path, entry.Get("note")?.Line ?? entry.Line, ProblemSeverity.Error,
                    "这条更新记录缺少 note（更正说明）。请用中文写明改了什么，例如“note: 更正了第三部分的一处数字”。"));
            }

            if (date is not { } day || string.IsNullOrEmpty(note))
            {
                continue;
            }

            var line = entry.Get("date")!.Line;
            if (day < published)
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"更正日期 {day:yyyy-MM-dd} 早于发布日期 {published:yyyy-MM-dd}。报告发布之后才能更正，请核对日期。"));
            }
            else if (changes.Count > 0 && day < changes[^1].Date)
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"更新记录应按日期先后排列：{day:yyyy-MM-dd} 排在了 {changes[^1].Date:yyyy-MM-dd} 之后。请把较早的更正写在前面。"));
            }

            changes.Add(new ReportChange(day, note));
        }

        return changes;
    }

    [GeneratedRegex(@"^(?:[0-9A-Z]{9}|[0-9A-Z]{18})/(?:19|20)\d{2}-\d{1,6}$")]
    private static partial Regex IndexNo();
}
