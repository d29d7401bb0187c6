using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Parsing;

/// <summary>Front matter YAML cannot read, as clerks write it: told in Chinese, at the line and column of the mistake.</summary>
public sealed class YamlMistakeMessageTests
{
    private static ContentProblem OnlyProblem(string markdown)
    {
        var result = ReportMarkdown.Parse(markdown);
        Assert.Null(result.Report);
        return Assert.Single(result.Problems);
    }

    private static string With(string line) =>
        ReportMarkdown.Valid(title: "临沭县2023年度依法行政工作报告").Replace("category: 通知公告", "category: 通知公告\n" + line, StringComparison.Ordinal);

    [Theory]
    [InlineData("year: [2020", 6, 7, "“[”没有配对的“]”")]
    [InlineData("summary: {未完", 6, 10, "“{”没有配对的“}”")]
    [InlineData("summary: \"未完的引号", 6, 10, "请在值的末尾补上")]
    [InlineData("summary: 一是: 二是", 6, 12, "值里有“: ”")]
    [InlineData("summary：全角冒号", 6, 8, "中文全角冒号")]
    [InlineData("\tsummary: 制表符", 6, 1, "制表符（Tab）")]
    [InlineData("summary 没有冒号", 6, 1, "缺少英文冒号")]
    [InlineData("year: [2020", 6, 7, "请给整个值加上英文双引号，例如“year: \"[2020\"”，或补上“]”")]
    [InlineData("summary: [[甲]", 6, 10, "“[”没有配对的“]”")]
    [InlineData("summary: \"", 6, 10, "请在值的末尾补上“\"”")]
    [InlineData("summary: 一是: 二是", 6, 12, "请给整个值加上英文双引号，例如“summary: \"一是: 二是\"”")]
    public void ACommonMistake_IsExplainedInChinese_AtItsLineAndColumn(string line, int fileLine, int column, string explanation)
    {
        var problem = OnlyProblem(With(line));

        Assert.Equal(fileLine, problem.Line);
        Assert.StartsWith($"前置信息有误（第 {column} 列）", problem.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinesThatAreFine_AreNotBlamed_ForAMistakeFurtherDown()
    {
        var problem = OnlyProblem(With("subject: [甲, 乙]\ndoc_no:\nindex_no: '一是: 二是'\nwritten: \"2025-03-20\"\nsummary 没有冒号"));

        Assert.Equal(10, problem.Line);
        Assert.Contains("缺少英文冒号", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeOfNoKnownShape_IsStillExplainedInChinese_WhereTheParserStopped()
    {
        var problem = OnlyProblem(With("- 游离的列表项"));

        Assert.Equal(6, problem.Line);
        Assert.Contains("前置信息的格式不对。请把每个字段写成“名称: 值”", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year: [2020")]
    [InlineData("summary: 一是: 二是")]
    [InlineData("  - : : [")]
    public void TheParsersEnglish_NeverReachesTheClerk(string line)
    {
        var problem = OnlyProblem(With(line));

        Assert.DoesNotMatch("[A-Za-z]{4,} [A-Za-z]{3,}", problem.Message.Replace("Tab", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("Operation is not valid", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While scanning", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOpeningDashes_AreNamed() =>
        Assert.Contains("缺少开头的 ---", OnlyProblem("title: 临沭县报告\nyear: 2023\n---\n\n正文\n").Message, StringComparison.Ordinal);

    [Fact]
    public void AMissingClosingDashes_AreNamed() =>
        Assert.Contains("缺少结尾的 ---", OnlyProblem("---\ntitle: 临沭县报告\nyear: 2023\n\n正文\n").Message, StringComparison.Ordinal);
}
