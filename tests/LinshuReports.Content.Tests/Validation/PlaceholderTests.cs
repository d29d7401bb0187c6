using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>An unfinished outline may sit in a draft, never in a report that is or will become public.</summary>
public sealed class PlaceholderTests
{
    private const string Body = "## 一、总体情况\n\n正文第一段。\n\n## 二、主要安排\n\n" + Placeholders.Mark + "\n";

    private static List<ContentProblem> Errors(string fields) =>
        ReportMarkdown.Parse(ReportMarkdown.WithFields(fields, body: Body)).Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();

    [Fact]
    public void InADraft_APlaceholderIsNoError_AndTheDraftIsRead()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.WithFields("draft: true", body: Body));

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.NotNull(result.Report);
    }

    [Fact]
    public void OnceDraftIsGone_EachPlaceholderIsAnError_AtItsLine_AndTheReportIsNotPublished()
    {
        var text = ReportMarkdown.WithFields(string.Empty, body: Body + "\n（待填写：第四部分）\n");
        var result = ReportMarkdown.Parse(text);
        var lines = text.Split('\n');

        var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("待填写", lines[e.Line!.Value - 1], StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains("draft: true", e.Message, StringComparison.Ordinal));
        Assert.Null(result.Report);
    }

    [Fact]
    public void AReportScheduledForLater_MayNotHoldOneEither() =>
        Assert.Single(Errors("date: 2099-03-31"));

    [Theory]
    [InlineData("(待填写)")]
    [InlineData("（ 待填写 ）")]
    public void ARetypedMark_IsFoundToo(string mark) =>
        Assert.Single(ReportMarkdown.Parse(ReportMarkdown.Valid(body: "## 一、总体情况\n\n" + mark + "\n")).Problems, p => p.Severity == ProblemSeverity.Error);

    [Fact]
    public void TheWordsInOrdinaryText_AreNoPlaceholder() =>
        Assert.Empty(ReportMarkdown.Parse(ReportMarkdown.Valid(body: "## 一、总体情况\n\n表格中待填写的栏目已全部补齐。\n")).Problems);
}
