using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>A real report has under 100 headings; a file of many thousands is refused before its contents list is built.</summary>
public sealed class HeadingLimitTests
{
    private static string Headings(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => i % 2 == 1 ? $"## 第{i}部分\n\n" : $"### 第{i}节\n\n"));

    [Fact]
    public void AsManyHeadingsAsTheLimit_ArePublished()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: Headings(HeadingLimit.MaxHeadings)));

        Assert.NotNull(result.Report);
    }

    [Fact]
    public void OneMore_IsRefusedAtTheFirstHeadingPastTheLimit_InChinese()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: Headings(HeadingLimit.MaxHeadings + 1)));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        // The body starts on line 8 and each heading takes two lines.
        Assert.Equal(8 + 2 * HeadingLimit.MaxHeadings, problem.Line);
        Assert.Equal("正文有 2,001 个标题，上限是 2,000 个（一份报告通常不到 100 个），这里是第 2,001 个。请检查是否把每一段都写成了标题（行首的 # 号），或误粘贴了大量重复内容。", problem.Message);
    }

    [Fact]
    public void TheRedTeamsHundredThousandHeadings_AreRefusedByTheLimit_WithNothingRendered()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: Headings(100_000)));

        Assert.Null(result.Report);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("正文有 100,000 个标题", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("倍以上", StringComparison.Ordinal));
    }
}
