using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

public sealed class BodyStructureTests
{
    private static ReportParseResult Parse(string body) =>
        ReportMarkdown.Parse(ReportMarkdown.Valid(body: body));

    [Fact]
    public void EmptyBody_IsAnError()
    {
        var result = Parse("");

        Assert.Null(result.Report);
        Assert.Contains(result.Problems, p => p.Message.Contains("正文是空的", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondH1_IsAnErrorOnItsLine()
    {
        var result = Parse("# 另一个标题\n\n正文。");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("一级标题", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkippedHeadingLevel_IsAnErrorOnItsLine()
    {
        var result = Parse("## 一、部分\n\n#### 小节\n\n正文。");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Contains("跳级", problem.Message, StringComparison.Ordinal);
    }
}
