using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
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

    [Theory]
    [InlineData("title: 临沭县2023年度依法行政工作报告", "缺少必填字段 title（报告标题）", "title: 临沭县2025年度法治政府建设报告")]
    [InlineData("publisher: 临沭县人民政府", "缺少必填字段 publisher（发布机关）", "publisher: 临沭县人民政府")]
    [InlineData("category: 通知公告", "缺少必填字段 category（分类）", "category: 通知公告")]
    [InlineData("year: 2023", "缺少必填字段 year（年度）", "year: 2025")]
    public void AMissingRequiredField_IsNamedInChinese_WithALineToAdd(string line, string named, string example)
    {
        var result = Parse(ReportMarkdown.Valid().Replace(line + "\n", string.Empty, StringComparison.Ordinal));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(1, problem.Line);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.Contains($"例如“{example}”", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1949", true)]
    [InlineData("2100", true)]
    [InlineData("1948", false)]
    [InlineData("2101", false)]
    [InlineData("2024年", false)]
    [InlineData("+2024", false)]
    public void TheYear_IsAFourDigitYearOfThePeoplesRepublic(string year, bool accepted)
    {
        var fileYear = accepted ? year : "2024";
        var result = Parse(ReportMarkdown.Valid().Replace("year: 2023", $"year: {year}", StringComparison.Ordinal), $"{fileYear}-linshu-county.md");

        if (accepted)
        {
            Assert.Empty(result.Problems);
            Assert.Equal(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), result.Report!.Metadata.Year);
        }
        else
        {
            Assert.Null(result.Report);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(3, problem.Line);
            Assert.Contains($"year 应是四位数字的年份，现在是“{year}”", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnknownField_IsAWarningThatListsTheFieldsThereAre()
    {
        var result = Parse(ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\ncolour: 红色", StringComparison.Ordinal));

        Assert.NotNull(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(6, problem.Line);
        Assert.StartsWith("未知字段 colour，将被忽略。可用字段：title、year、publisher、category、date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASlugWithCapitalsOrUnderscores_IsAnErrorAtItsLine()
    {
        var result = Parse(ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\nslug: Linshu_County", StringComparison.Ordinal));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("slug（网址名）只能用小写英文字母、数字和连字符，现在是“Linshu_County”", problem.Message, StringComparison.Ordinal);
    }
}
