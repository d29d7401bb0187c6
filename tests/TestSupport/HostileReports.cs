namespace LinshuReports.TestSupport;

/// <summary>
/// Content files built to crash, hang or balloon a parser, each as a clerk's mistake or an attacker could
/// drop it into content/: what the site and <c>check</c> must refuse quickly, by line, without dying.
/// </summary>
public static class HostileReports
{
    public sealed record HostileFile(string Name, string Text, int Line, string Message)
    {
        public override string ToString() => Name;
    }

    private const string Head = "---\ntitle: 临沭县2023年度法治政府建设报告\nyear: 2023\npublisher: 临沭县人民政府\ncategory: 通知公告\n---\n\n";

    /// <summary>Used to kill the process with a stack overflow in the YAML parser.</summary>
    public static HostileFile DeepFrontMatter { get; } = new("200,000 [ in the front matter",
        "---\ntitle: " + new string('[', 200_000) + "\n---\n\n正文。\n", 2, "嵌套过深");

    /// <summary>Lists inside lists on one line: Markdig's recursion, unbounded.</summary>
    public static HostileFile DeepLists { get; } = new("50,000 nested list markers",
        Head + string.Concat(Enumerable.Repeat("- ", 50_000)) + "正文。\n", 8, "嵌套过深");

    /// <summary>Used to take more than a minute in a backtracking HTML-tag regex.</summary>
    public static HostileFile UnclosedTags { get; } = new("100,000 unclosed <a on one line",
        Head + "## 一、总体情况\n\n" + string.Concat(Enumerable.Repeat("<a ", 100_000)) + "\n\n<b>有标签的一行</b>\n", 12, "HTML 标签");

    /// <summary>A 60 KB file that rendered to over a gigabyte: one long address used 20,000 times.</summary>
    public static HostileFile ReferenceLinkBomb { get; } = new("20,000 uses of one 3,000-character reference link",
        Head + string.Concat(Enumerable.Repeat("[a]", 20_000)) + "\n\n[a]: https://www.linshu.gov.cn/" + new string('x', 3_000) + "\n", 8, "链接地址的总长度过大");

    /// <summary>Characters pasted from a PDF that once crashed check, reloads and start-up (U+FFFE, a year-1 date) or broke the feed (controls).</summary>
    public static IEnumerable<HostileFile> Characters { get; } =
    [
        new("U+FFFE in the body", Head + "## 一、总体情况\n\n正文\uFFFE第一段。\n", 10, "（U+FFFE）"),
        new("U+FFFE in the title", Head.Replace("title: 临沭县", "title: 临沭县\uFFFE", StringComparison.Ordinal), 2, "（U+FFFE）"),
        new("U+FFFE in a table cell", Head + "## 一、总体情况\n\n| 项目 | 件数 |\n|---|---|\n| 复议\uFFFE | 3 |\n", 12, "（U+FFFE）"),
        new("U+FFFE in a footnote", Head + "## 一、总体情况\n\n正文[^1]。\n\n[^1]: 注\uFFFE释\n", 12, "（U+FFFE）"),
        new("a form feed in the title", Head.Replace("title: 临沭县", "title: 临沭县\f", StringComparison.Ordinal), 2, "（U+000C）"),
        new("\\v and \\x01 in the summary", Head.Replace("---\n\n", "summary: 摘要\v全文\u0001\n---\n\n", StringComparison.Ordinal), 6, "（U+000B）"),
        new("a noncharacter of plane 16 in a heading", Head + "## 一、总体\U0010FFFF情况\n\n正文。\n", 8, "（U+10FFFF）"),
        new("date: 0001-01-01", Head.Replace("---\n\n", "date: 0001-01-01\n---\n\n", StringComparison.Ordinal), 6, "1949 年到 2100 年之间"),
    ];

    public static IEnumerable<HostileFile> All => [DeepFrontMatter, DeepLists, UnclosedTags, ReferenceLinkBomb, .. Characters];
}
