using System.Text;
using LinshuReports.Content.Loading;

namespace LinshuReports.TestSupport;

/// <summary>Builds small report files for tests, valid unless a test says otherwise.</summary>
public static class ReportMarkdown
{
    public static string Valid(
        int year = 2023,
        string title = "临沭县2023年度依法行政工作报告",
        string publisher = "临沭县人民政府",
        string body = "## 一、总体情况\n\n正文第一段。\n") =>
        $"""
        ---
        title: {title}
        year: {year}
        publisher: {publisher}
        category: 通知公告
        ---

        {body}
        """;

    /// <summary>Every 政府信息公开 field filled, with two corrections, for tests of the record (plainly sample values).</summary>
    public const string RecordFields = """
        index_no: 11371329MB28XXXXXX/2025-00012
        doc_no: 临政发〔2025〕3号
        written: 2025-03-20
        date: 2025-03-28
        subject: 综合政务
        changes:
          - date: 2025-04-02
            note: 更正了第一部分的一处数字。
          - date: 2025-05-06
            note: 补充了附件。
        """;

    /// <summary>A valid report with extra front-matter lines after its category.</summary>
    public static string WithFields(string fields, int year = 2023, string body = "## 一、总体情况\n\n正文第一段。\n") =>
        Valid(year: year, body: body).Replace("category: 通知公告", "category: 通知公告\n" + fields, StringComparison.Ordinal);

    /// <summary>Parses a report file as the site would, from a content folder that holds no attachments.</summary>
    public static ReportParseResult Parse(string markdown, string fileName = "2023-linshu-county.md") =>
        ReportFileParser.Parse(Encoding.UTF8.GetBytes(markdown), fileName, EmptyContentRoot);

    public static string EmptyContentRoot { get; } = Path.Combine(Path.GetTempPath(), "linshu-no-content");
}
