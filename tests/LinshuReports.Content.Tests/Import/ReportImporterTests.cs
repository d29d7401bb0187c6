using LinshuReports.Content.Import;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Import;

public sealed class ReportImporterTests
{
    private static readonly string SeedPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-2024.txt"));
    private static readonly string Published = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));

    private static string BodyOf(string markdown) => markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    [Fact]
    public void ImportingTheSeed_GivesThePublishedBodyExactly()
    {
        var draft = ReportImporter.ToMarkdown(SeedPage);

        Assert.Equal(BodyOf(Published), BodyOf(draft));
    }

    [Fact]
    public void ImportedDraft_RendersTheSameReportOnceThePublisherIsFilledIn()
    {
        var draft = ReportImporter.ToMarkdown(SeedPage).Replace("publisher:  # 请填写发布机关，例如：临沭县人民政府", "publisher: 临沭县人民政府", StringComparison.Ordinal);

        var imported = ReportMarkdown.Parse(draft, "2024-linshu-county.md");
        var published = ReportMarkdown.Parse(Published, "2024-linshu-county.md");

        Assert.Empty(imported.Problems);
        Assert.Equal(published.Report!.BodyHtml, imported.Report!.BodyHtml);
        Assert.Equal(published.Report.Metadata, imported.Report.Metadata);
    }

    [Fact]
    public void ImportedDraft_LeavesThePublisherForTheClerk_AndCheckSaysSo()
    {
        var result = ReportMarkdown.Parse(ReportImporter.ToMarkdown(SeedPage), "2024-linshu-county.md");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("publisher", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void SavedHtmlPage_DropsChromeAndFindsTheHeadings()
    {
        const string page = """
            <html><head><title>临沭县2023年度法治政府建设报告</title><script>var x = 1;</script></head>
            <body><nav><a href="/">首页</a></nav><div class="tools"><a>长者浏览模式</a></div>
            <h1>临沭县2023年度法治政府建设报告</h1>
            <div class="content"><p>2023年,全县……</p><p>一、主要举措</p><p>（一）深化改革。一是……二是……</p><p>1. 不是列表</p></div>
            <footer>版权所有</footer><a href="javascript:window.close()">关闭窗口</a></body></html>
            """;

        var draft = ReportImporter.ToMarkdown(page);

        Assert.Contains("title: 临沭县2023年度法治政府建设报告\nyear: 2023\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n## 一、主要举措\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n### （一）深化改革。\n\n一是……二是……\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n\\1. 不是列表\n", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("长者浏览模式", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("关闭窗口", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownCharacters_InTheText_StayLiteral()
    {
        var draft = ReportImporter.ToMarkdown("某某报告\n\n完成率*达到*100% [注]\n");
        draft = draft.Replace("year: \n", "year: 2023\n", StringComparison.Ordinal)
            .Replace("publisher:  # 请填写发布机关，例如：临沭县人民政府", "publisher: 某某", StringComparison.Ordinal)
            .Replace("category: \n", "category: 通知公告\n", StringComparison.Ordinal);

        var report = ReportMarkdown.Parse(draft).Report!;

        Assert.Contains("<p>完成率*达到*100% [注]</p>", report.BodyHtml, StringComparison.Ordinal);
    }
}
