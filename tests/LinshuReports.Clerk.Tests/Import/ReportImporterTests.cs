using LinshuReports.Import;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Clerk.Tests.Import;

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
        var draft = ReportImporter.ToMarkdown(SeedPage).Replace("publisher: ''", "publisher: 临沭县人民政府", StringComparison.Ordinal);

        var imported = ReportMarkdown.Parse(draft, "2024-linshu-county.md");
        var published = ReportMarkdown.Parse(Published, "2024-linshu-county.md");

        Assert.Equal(published.Problems, imported.Problems);
        Assert.Equal(published.Report!.BodyHtml(), imported.Report!.BodyHtml());
        Assert.Equal(published.Report!.Metadata, imported.Report!.Metadata);
    }

    [Fact]
    public void ImportedDraft_LeavesThePublisherForTheClerk_AndCheckSaysSo()
    {
        var result = ReportMarkdown.Parse(ReportImporter.ToMarkdown(SeedPage), "2024-linshu-county.md");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("publisher", problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void SavedHtmlPage_DropsChromeAndFindsTheHeadings()
    {
        const string page = """
            <html><head><title>临沭县2023年度法治政府建设报告</title><script>var x = 1;</script></head>
            <body><nav><a href="/">首页</a></nav><div class="tools"><a>长者浏览模式</a></div>
            <h1>临沭县2023年度法治政府建设报告</h1>
            <div class="content"><p>2023年,全县……</p><p>一、主要举措</p><p>（一）深化改革。一是……二是……</p><p>1. 加强培训</p><p>（1）专题讲座。每季度一次。</p><p>1.5万人次参训</p><p>- 不是列表</p></div>
            <footer>版权所有</footer><a href="javascript:window.close()">关闭窗口</a></body></html>
            """;

        var draft = ReportImporter.ToMarkdown(page);

        Assert.Contains("title: 临沭县2023年度法治政府建设报告\nyear: 2023\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n## 一、主要举措\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n### （一）深化改革。\n\n一是……二是……\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n#### 1\\. 加强培训\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n##### （1）专题讲座。\n\n每季度一次。\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n1.5万人次参训\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n\\- 不是列表\n", draft, StringComparison.Ordinal);
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
            .Replace("publisher: ''", "publisher: 某某", StringComparison.Ordinal)
            .Replace("category: ''", "category: 通知公告", StringComparison.Ordinal);

        var report = ReportMarkdown.Parse(draft).Report!;

        Assert.Contains("<p>完成率*达到*100% [注]</p>", report.BodyHtml(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("临沭县2023年度\n法治政府建设报告", "临沭县2023年度法治政府建设报告")]
    [InlineData("临沭县2023年度报告\nyear: 2099\npublisher: 冒充的机关\nslug: evil", "临沭县2023年度报告 year: 2099 publisher: 冒充的机关 slug: evil")]
    [InlineData("临沭县2023年度报告\n---\ntitle: 另一个", "临沭县2023年度报告 --- title: 另一个")]
    [InlineData("\"临沭县\"2023年度报告: 全文\t#附件", "\"临沭县\"2023年度报告: 全文 #附件")]
    public void ATitleHoldingYamlSyntax_StaysOneTitle_AndAddsNoField(string heading, string expected)
    {
        var draft = ReportImporter.ToMarkdown($"<html><body><h1>{System.Net.WebUtility.HtmlEncode(heading)}</h1><p>一、总体情况</p><p>正文。</p></body></html>");
        var filled = draft.Replace("publisher: ''", "publisher: 临沭县人民政府", StringComparison.Ordinal).Replace("category: ''", "category: 通知公告", StringComparison.Ordinal);

        var result = ReportMarkdown.Parse(filled, "2023-linshu-county.md");

        // A 法治政府建设 title brings the annual-report warnings about this one-part body; no error, no unknown field.
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error || p.Message.Contains("未知字段", StringComparison.Ordinal));
        Assert.Equal(expected, result.Report!.Metadata.Title);
        Assert.Equal(2023, result.Report.Metadata.Year);
        Assert.Equal("临沭县人民政府", result.Report.Metadata.Publisher);
    }

    [Fact]
    public void Fuzz_TitlesOfYamlAndLineBreakCharacters_AlwaysRoundTripAsOneTitle()
    {
        string[] pieces = ["\n", "\r\n", "\t", ":", ": ", "\"", "'", "---", "#", " #", "- ", "[", "]", "{", "}", "|", ">", "&", "*", "!", "%", "@", "`", "?", ",", "year: 1", "\\", "报告", "临沭", "法治", " "];
        var random = new Random(20241127);
        for (var run = 0; run < 500; run++)
        {
            var heading = "临沭县2023年度报告" + string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)])) + "结尾";
            var draft = ReportImporter.ToMarkdown($"<html><body><h1>{System.Net.WebUtility.HtmlEncode(heading)}</h1><p>正文。</p></body></html>");

            var result = ReportMarkdown.Parse(draft, "2023-linshu-county.md");

            // Only the two fields left for the clerk are reported: nothing else was added or broken.
            Assert.All(result.Problems, p => Assert.Matches("(publisher|category)", p.Message));
            Assert.Equal(2, result.Problems.Count);
            var title = DraftFrontMatter.OneLine(heading);
            Assert.DoesNotContain('\n', title);
            Assert.Equal(title, TitleAsYamlReadsIt(draft));
        }
    }

    /// <summary>The draft's title as YAML reads it, after checking that the front matter holds only the four fields the importer writes.</summary>
    private static string TitleAsYamlReadsIt(string draft)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(draft[4..draft.IndexOf("\n---\n", 4, StringComparison.Ordinal)]));
        var mapping = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(["title", "year", "publisher", "category"], mapping.Children.Keys.Select(k => k.ToString()));
        return ((YamlDotNet.RepresentationModel.YamlScalarNode)mapping.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")]).Value!;
    }

    [Fact]
    public void APageWithoutTheWordReport_TakesItsFirstLineAsTitle_AndNoYear()
    {
        var draft = ReportImporter.ToMarkdown("临沭县依法行政情况\n正文。\n");

        Assert.Contains("title: 临沭县依法行政情况\n", draft, StringComparison.Ordinal);
        Assert.Contains("year: \n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYear_IsReadWhereTheTitleGivesIt()
    {
        Assert.Contains("year: 2019\n", ReportImporter.ToMarkdown("临沭县 2019 年法治政府建设报告\n"), StringComparison.Ordinal);
        Assert.Contains("year: \n", ReportImporter.ToMarkdown("临沭县第2019号报告\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("（一）只有一句。", "### （一）只有一句。\n")]
    [InlineData("(二)半角括号。后文", "### (二)半角括号。\n\n后文\n")]
    [InlineData("（三）没有句号", "### （三）没有句号\n")]
    [InlineData("十一、第十一部分", "## 十一、第十一部分\n")]
    [InlineData("一是加强领导。", "一是加强领导。\n")]
    public void NumberedLines_BecomeHeadingsByTheirNumber(string line, string expected) =>
        Assert.EndsWith("---\n\n" + expected, ReportImporter.ToMarkdown("某某报告\n" + line + "\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("长者浏览模式")]
    [InlineData("关闭窗口")]
    [InlineData("打印本页")]
    [InlineData("【打印本页】")]
    [InlineData("【关闭窗口】")]
    [InlineData("返回顶部")]
    [InlineData("首页")]
    [InlineData("无障碍浏览")]
    [InlineData("分享到：")]
    public void OldSiteFurniture_IsNeverText(string line) =>
        Assert.EndsWith("---\n\n正文。\n", ReportImporter.ToMarkdown($"某某报告\n{line}\n正文。\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("通知公告")]
    [InlineData("政府信息公开")]
    [InlineData("法治政府建设")]
    [InlineData("政务公开")]
    public void EachOldSection_IsACategory(string category)
    {
        var draft = ReportImporter.ToMarkdown($"{category}\n某某报告\n正文。\n");

        Assert.Contains($"category: {category}\n", draft, StringComparison.Ordinal);
        Assert.EndsWith("---\n\n正文。\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWithNoSection_LeavesTheCategoryForTheClerk() =>
        Assert.Contains("category: ''\n", ReportImporter.ToMarkdown("某某报告\n正文。\n"), StringComparison.Ordinal);

    [Fact]
    public void TheTitle_IsTheLineNamingAReport_EvenAfterOtherLines()
    {
        var draft = ReportImporter.ToMarkdown("临沭县人民政府\n临沭县2023年度法治政府建设报告\n正文。\n");

        Assert.Contains("title: 临沭县2023年度法治政府建设报告\n", draft, StringComparison.Ordinal);
        Assert.EndsWith("---\n\n临沭县人民政府\n\n正文。\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyPage_GivesADraftWithEverythingLeftToFill()
    {
        var draft = ReportImporter.ToMarkdown("");

        Assert.StartsWith("---\ntitle: ''\nyear: \n", draft, StringComparison.Ordinal);
        Assert.EndsWith("---\n", draft, StringComparison.Ordinal);
    }
}
