using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Parsing;

public sealed class MetadataReaderTests
{
    private static ReportParseResult Parse(string markdown, string fileName = "2023-linshu-county.md") =>
        ReportMarkdown.Parse(markdown, fileName);

    [Fact]
    public void ValidFrontMatter_GivesEveryField()
    {
        var markdown = """
            ---
            title: 临沭县2023年度法治政府建设报告
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
        Assert.Equal("临沭县2023年度法治政府建设报告", metadata.Title);
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
    public void MissingTitle_IsAnErrorOnTheOpeningLine()
    {
        var markdown = ReportMarkdown.Valid().Replace("title: 临沭县2023年度法治政府建设报告\n", "", StringComparison.Ordinal);

        var result = Parse(markdown);

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("title", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("2023-linshu-county.md:1: 错误", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void YearInChinese_IsAnErrorOnItsLineWithTheFix()
    {
        var markdown = ReportMarkdown.Valid().Replace("year: 2023", "year: 二〇二三年", StringComparison.Ordinal);

        var result = Parse(markdown);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("year: 2025", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYaml_IsReportedWithItsLine()
    {
        var markdown = ReportMarkdown.Valid().Replace("publisher: 临沭县人民政府", "publisher 临沭县人民政府", StringComparison.Ordinal);

        var result = Parse(markdown);

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("YAML", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line!.Value, 4, 5);
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
    public void BadDate_NamesTheExpectedForm()
    {
        var markdown = ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\ndate: 2024年3月29日", StringComparison.Ordinal);

        var result = Parse(markdown);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("date: 2025-03-31", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownField_IsOnlyAWarning()
    {
        var markdown = ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nauthor: 张三", StringComparison.Ordinal);

        var result = Parse(markdown);

        Assert.NotNull(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void YearDisagreeingWithFileName_IsAnError()
    {
        var result = Parse(ReportMarkdown.Valid(year: 2022));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("2023", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2022", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNameWithoutSlug_NeedsOneInFrontMatter()
    {
        var result = Parse(ReportMarkdown.Valid(), fileName: "2023年报告.md");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("2025-linshu-county.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlugInFrontMatter_OverridesTheFileName()
    {
        var markdown = ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: qingyun-town", StringComparison.Ordinal);

        var result = Parse(markdown, fileName: "2023年报告.md");

        Assert.Equal("/reports/2023/qingyun-town", result.Report!.Url);
    }
}
