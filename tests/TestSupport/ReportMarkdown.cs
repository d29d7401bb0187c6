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

    /// <summary>Parses a report file as the site would, from a content folder that holds no attachments.</summary>
    public static ReportParseResult Parse(string markdown, string fileName = "2023-linshu-county.md") =>
        ReportFileParser.Parse(Encoding.UTF8.GetBytes(markdown), fileName, EmptyContentRoot);

    public static string EmptyContentRoot { get; } = Path.Combine(Path.GetTempPath(), "linshu-no-content");
}
