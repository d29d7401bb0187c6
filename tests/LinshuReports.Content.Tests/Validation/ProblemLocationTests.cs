using LinshuReports.Content.Loading;
using System.Text;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>
/// One small fixture per validation rule: each message names the file and, where there is one, the line,
/// so a clerk can go straight to the mistake. Every message is in Chinese and says how to fix it.
/// </summary>
public sealed class ProblemLocationTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string, int?, string> Rules() => new()
    {
        { "missing field", "2023-linshu-county.md", ReportMarkdown.Valid().Replace("category: 通知公告\n", "", StringComparison.Ordinal), 1, "category" },
        { "ill-typed year", "2023-linshu-county.md", ReportMarkdown.Valid().Replace("year: 2023", "year: 2023年", StringComparison.Ordinal), 3, "year" },
        { "YAML that does not parse", "2023-linshu-county.md", ReportMarkdown.Valid().Replace("publisher: 临沭县人民政府", "publisher 临沭县人民政府", StringComparison.Ordinal), 4, "缺少英文冒号" },
        { "no front matter", "2023-linshu-county.md", "正文\n", 1, "前置信息" },
        { "ill-formed date", "2023-linshu-county.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\ndate: 2024年3月29日", StringComparison.Ordinal), 6, "date: 2025-03-31" },
        { "unknown field (a warning)", "2023-linshu-county.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nauthor: 张三", StringComparison.Ordinal), 6, "未知字段 author" },
        { "year against file name", "2022-linshu-county.md", ReportMarkdown.Valid(), 3, "文件名" },
        { "file name scheme", "报告.md", ReportMarkdown.Valid(), null, "年份-网址名" },
        { "empty body", "2023-linshu-county.md", ReportMarkdown.Valid(body: ""), 6, "正文是空的" },
        { "second h1", "2023-linshu-county.md", ReportMarkdown.Valid(body: "正文。\n\n# 又一个标题"), 10, "一级标题" },
        { "skipped heading level", "2023-linshu-county.md", ReportMarkdown.Valid(body: "## 一、\n\n#### 小节"), 10, "跳级" },
        { "missing anchor", "2023-linshu-county.md", ReportMarkdown.Valid(body: "## 一、\n\n见[这里](#part-9)"), 10, "不存在的章节" },
        { "missing report", "2023-linshu-county.md", ReportMarkdown.Valid(body: "见[去年](/reports/2022/linshu-county)"), 8, "不存在的报告" },
        { "missing image", "2023-linshu-county.md", ReportMarkdown.Valid(body: "![图](2023-linshu-county/a.png)"), 8, "找不到图片" },
        { "missing attachment", "2023-linshu-county.md", ReportMarkdown.Valid(body: "正文\n\n[附件](2023-linshu-county/a.pdf)"), 10, "找不到附件" },
        { "raw HTML", "2023-linshu-county.md", ReportMarkdown.Valid(body: "<script>alert(1)</script>"), 8, "HTML" },
        { "script link", "2023-linshu-county.md", ReportMarkdown.Valid(body: "[点](javascript:alert(1))"), 8, "脚本" },
        { "too deep", "2023-linshu-county.md", ReportMarkdown.Valid(body: new string('>', 40) + " 引用"), 8, "嵌套过深" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void EachRule_NamesTheFileAndLine(string rule, string fileName, string markdown, int? line, string mentions)
    {
        _folder.Write(fileName, markdown);

        var catalog = CatalogLoader.Load(_folder.Path);

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(fileName, problem.Path);
        Assert.True(line == problem.Line, $"{rule}: expected line {line}, got {problem.Line}");
        Assert.Contains(mentions, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(line is null ? $"{fileName}: " : $"{fileName}:{line}: ", problem.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Message);
        Assert.Matches("请|可用|改|已被移除|不会执行", problem.Message);
    }
}
