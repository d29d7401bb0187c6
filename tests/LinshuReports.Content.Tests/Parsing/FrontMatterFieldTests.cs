using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Parsing;

public sealed class FrontMatterFieldTests
{
    private static ReportParseResult Parse(string markdown, string fileName = "2023-linshu-county.md") =>
        ReportMarkdown.Parse(markdown, fileName);

    [Fact]
    public void ValidFrontMatter_GivesEveryField()
    {
        var markdown = """
            ---
            title: 临沭县2023年度依法行政工作报告
            year: 2023
            publisher: 临沭县人民政府
            category: 通知公告
            date: 2024-03-29
            summary: 一年来的法治政府建设情况。
            ---

            正文。
            """;

        var result = Parse(markdown);

        Assert.Empty(result.Problems);
        var metadata = result.Report!.Metadata;
        Assert.Equal("临沭县2023年度依法行政工作报告", metadata.Title);
        Assert.Equal(2023, metadata.Year);
        Assert.Equal("临沭县人民政府", metadata.Publisher);
        Assert.Equal("通知公告", metadata.Category);
        Assert.Equal(new DateOnly(2024, 3, 29), metadata.Date);
        Assert.Equal("一年来的法治政府建设情况。", metadata.Summary);
        Assert.Equal("linshu-county", metadata.Slug);
        Assert.Equal("/reports/2023/linshu-county", result.Report.Url);
    }

    [Fact]
    public void NoDate_IsNotInvented()
    {
        var result = Parse(ReportMarkdown.Valid());

        Assert.Null(result.Report!.Metadata.Date);
    }

    [Fact]
    public void UnclosedBracket_IsAnErrorNotACrash()
    {
        var markdown = ReportMarkdown.Valid().Replace("publisher: 临沭县人民政府", "publisher: [临沭县人民政府", StringComparison.Ordinal);

        var result = Parse(markdown);

        Assert.Null(result.Report);
        Assert.Contains("YAML", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlugInFrontMatter_OverridesTheFileName()
    {
        var markdown = ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: qingyun-town", StringComparison.Ordinal);

        var result = Parse(markdown, fileName: "2023年报告.md");

        Assert.Equal("/reports/2023/qingyun-town", result.Report!.Url);
    }
}
