using System.Globalization;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// Turns front-matter fields into <see cref="ReportMetadata"/>, checking each against the schema that
/// content/README.md documents for staff.
/// </summary>
public static class MetadataReader
{
    private const int EarliestYear = 1949;
    private const int LatestYear = 2100;

    private static readonly HashSet<string> KnownFields =
        ["title", "year", "publisher", "category", "date", "summary", "slug", "index_no", "doc_no", "written", "subject", "draft", "changes"];

    /// <returns>Null when any field is in error; every problem found is added to <paramref name="reported"/>.</returns>
    public static ReportMetadata? Read(FrontMatter frontMatter, string path, List<ContentProblem> reported)
    {
        var problems = new List<ContentProblem>();

        foreach (var (key, line) in frontMatter.Keys)
        {
            if (!KnownFields.Contains(key))
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Warning,
                    $"未知字段 {key}，将被忽略。可用字段：{string.Join("、", KnownFields)}。"));
            }
        }

        var title = RequiredText(frontMatter, "title", "报告标题", "临沭县2025年度法治政府建设报告", path, problems);
        var publisher = RequiredText(frontMatter, "publisher", "发布机关", "临沭县人民政府", path, problems);
        var category = RequiredText(frontMatter, "category", "分类", "通知公告", path, problems);
        var year = ReadYear(frontMatter, path, problems);
        var date = ReadDate(frontMatter.Get("date"), "date", "发布日期", path, problems);
        var written = ReadDate(frontMatter.Get("written"), "written", "成文日期", path, problems);
        var summary = OptionalText(frontMatter, "summary");
        var slug = ReadSlug(frontMatter, path, year, problems);
        var indexNo = PublicationFields.ReadIndexNo(frontMatter.Get("index_no"), path, problems);
        var draft = PublicationFields.ReadDraft(frontMatter.Get("draft"), path, problems);
        var changes = PublicationFields.ReadChanges(frontMatter.GetList("changes"), date, path, problems);
        PublicationFields.CheckDateOrder(frontMatter.Get("date"), date, written, path, problems);

        reported.AddRange(problems);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return null;
        }

        return new ReportMetadata(title!, year!.Value, publisher!, category!, slug!, date, summary,
            indexNo, OptionalText(frontMatter, "doc_no"), written, OptionalText(frontMatter, "subject"), draft, changes);
    }

    private static string? RequiredText(
        FrontMatter frontMatter, string key, string meaning, string example, string path, List<ContentProblem> problems)
    {
        var value = frontMatter.Get(key);
        if (value is null)
        {
            problems.Add(new ContentProblem(path, frontMatter.FirstLine, ProblemSeverity.Error,
                $"缺少必填字段 {key}（{meaning}）。请在前置信息中加一行，例如“{key}: {example}”。"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(value.Text))
        {
            problems.Add(new ContentProblem(path, value.Line, ProblemSeverity.Error,
                $"字段 {key}（{meaning}）是空的。请填写，例如“{key}: {example}”。"));
            return null;
        }

        return value.Text.Trim();
    }

    private static string? OptionalText(FrontMatter frontMatter, string key) =>
        frontMatter.Get(key)?.Text.Trim() is { Length: > 0 } text ? text : null;

    private static int? ReadYear(FrontMatter frontMatter, string path, List<ContentProblem> problems)
    {
        var value = frontMatter.Get("year");
        if (value is null)
        {
            problems.Add(new ContentProblem(path, frontMatter.FirstLine, ProblemSeverity.Error,
                "缺少必填字段 year（年度）。请加一行，例如“year: 2025”。"));
            return null;
        }

        if (!int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < EarliestYear or > LatestYear)
        {
            problems.Add(new ContentProblem(path, value.Line, ProblemSeverity.Error,
                $"year 应是四位数字的年份，现在是“{value.Text}”。请改成例如“year: 2025”，不要加“年”字或引号。"));
            return null;
        }

        return year;
    }

    /// <summary>A day written "年-月-日" that really exists; null when the field is absent or wrong (and then a problem says why).</summary>
    internal static DateOnly? ReadDate(FrontMatterValue? value, string key, string meaning, string path, List<ContentProblem> problems)
    {
        if (value is null || string.IsNullOrWhiteSpace(value.Text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date.Year is >= EarliestYear and <= LatestYear)
            {
                return date;
            }

            // Year 1 is a real date to .NET but no report's, and its midnight in China falls before the first moment a computer can count.
            problems.Add(new ContentProblem(path, value.Line, ProblemSeverity.Error,
                $"{key}（{meaning}）的年份应在 {EarliestYear} 年到 {LatestYear} 年之间，现在是“{value.Text.Trim()}”。请核对年份，例如“{key}: 2025-03-31”；不知道日期就删去这一行。"));
            return null;
        }

        problems.Add(new ContentProblem(path, value.Line, ProblemSeverity.Error,
            $"{key}（{meaning}）应是真实存在的日期，写成“年-月-日”，现在是“{value.Text}”。请改成例如“{key}: 2025-03-31”；不知道日期就删去这一行。"));
        return null;
    }

    private static string? ReadSlug(FrontMatter frontMatter, string path, int? year, List<ContentProblem> problems)
    {
        var fileName = Path.GetFileName(path);
        var namedWell = ReportFileName.TryParse(fileName, out var fileYear, out var fileSlug);
        if (namedWell && year is { } y && y != fileYear)
        {
            problems.Add(new ContentProblem(path, frontMatter.Get("year")?.Line ?? frontMatter.FirstLine, ProblemSeverity.Error,
                $"文件名写的是 {fileYear} 年，前置信息 year 写的是 {y} 年。请让两者一致：改文件名的年份，或改 year。"));
        }

        var declared = frontMatter.Get("slug");
        if (declared is not null)
        {
            if (ReportFileName.IsValidSlug(declared.Text.Trim()))
            {
                return declared.Text.Trim();
            }

            problems.Add(new ContentProblem(path, declared.Line, ProblemSeverity.Error,
                $"slug（网址名）只能用小写英文字母、数字和连字符，现在是“{declared.Text}”。请改成例如“slug: linshu-county”。"));
            return null;
        }

        if (namedWell)
        {
            return fileSlug;
        }

        problems.Add(new ContentProblem(path, null, ProblemSeverity.Error,
            $"文件名“{fileName}”不符合“年份-网址名.md”的格式，无法确定报告网址。请改名，例如“{ReportFileName.Example}”。"));
        return null;
    }
}
