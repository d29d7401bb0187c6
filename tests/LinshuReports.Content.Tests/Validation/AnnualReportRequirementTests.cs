using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>The rules of 厅字〔2019〕28号 for a 法治政府建设年度报告, as warnings: each fixture breaks one of them.</summary>
public sealed class AnnualReportRequirementTests
{
    private const string FourParts = """
        ## 一、2023年度推进法治政府建设的主要举措和成效

        正文。

        ## 二、党政主要负责人履行推进法治建设第一责任人职责情况

        正文。

        ## 三、存在的不足和原因

        正文。

        ## 四、2024年推进法治政府建设的主要安排

        正文。
        """;

    /// <summary>A 发布日期 in time, so that each test sees only the rule it breaks.</summary>
    private const string OnTime = "\ndate: 2024-03-28";

    private static List<ContentProblem> Warnings(string body = FourParts, string title = "临沭县2023年度法治政府建设报告", string fields = OnTime) =>
        ReportMarkdown.Parse(ReportMarkdown.Valid(title: title, body: body).Replace("category: 通知公告", "category: 通知公告" + fields, StringComparison.Ordinal))
            .Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();

    [Fact]
    public void TheCountys2024Report_KeepsEveryRule_ButGivesNoDate()
    {
        var report = ReportMarkdown.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md")), "2024-linshu-county.md");

        var warning = Assert.Single(report.Problems, p => p.Severity != ProblemSeverity.Notice);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("没有写发布日期（前置信息 date）", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(report.Report);
    }

    [Fact]
    public void AMissingDate_IsAWarningNamingTheFieldAndTheFirstOfApril()
    {
        var warning = Assert.Single(Warnings(fields: string.Empty));

        Assert.Equal(1, warning.Line);
        Assert.Contains("date", warning.Message, StringComparison.Ordinal);
        Assert.Contains("发布日期", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2024年4月1日之前公开", warning.Message, StringComparison.Ordinal);
        Assert.Contains("第二十四条", warning.Message, StringComparison.Ordinal);
        Assert.Contains("不要估填", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraft_IsNotAskedForItsDate_UntilTheDraftMarkIsGone() =>
        Assert.DoesNotContain(Warnings(fields: "\ndraft: true"), w => w.Message.Contains("发布日期", StringComparison.Ordinal));

    [Fact]
    public void AReportWithAllFourParts_AndAnOnTimeDate_HasNoWarning() =>
        Assert.Empty(Warnings(fields: "\ndate: 2024-03-31"));

    [Theory]
    [InlineData("## 一、2023年度推进法治政府建设的主要举措和成效", "上一年度推进法治政府建设的主要举措和成效")]
    [InlineData("## 二、党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人履行推进法治建设第一责任人职责的情况")]
    [InlineData("## 三、存在的不足和原因", "存在的不足和原因")]
    [InlineData("## 四、2024年推进法治政府建设的主要安排", "下一年度推进法治政府建设的主要安排")]
    public void AMissingPart_IsAWarningThatNamesItAndTheRule(string heading, string part)
    {
        var warning = Assert.Single(Warnings(FourParts.Replace(heading, "## 五、其他情况", StringComparison.Ordinal)));

        Assert.Equal(2, warning.Line);
        Assert.Contains($"找不到“{part}”", warning.Message, StringComparison.Ordinal);
        Assert.Contains("厅字〔2019〕28号", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## 三、存在的不足和原因", "## 三、存在的问题及原因")]
    [InlineData("## 四、2024年推进法治政府建设的主要安排", "## 四、2024年工作打算")]
    [InlineData("## 二、党政主要负责人履行推进法治建设第一责任人职责情况", "## 二、履行第一责任人职责情况")]
    public void PartsAreMatchedTolerantly(string heading, string wording) =>
        Assert.Empty(Warnings(FourParts.Replace(heading, wording, StringComparison.Ordinal)));

    [Fact]
    public void PublicationAfterTheThirtyFirstOfMarch_IsAWarningCitingTheDeadline()
    {
        var warning = Assert.Single(Warnings(fields: "\ndate: 2024-04-01"));

        Assert.Equal(6, warning.Line);
        Assert.Contains("2024年4月1日之前公开", warning.Message, StringComparison.Ordinal);
        Assert.Contains("第二十四条", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleOfAnotherYear_IsAWarning()
    {
        var warning = Assert.Single(Warnings(title: "临沭县2022年度法治政府建设报告"));

        Assert.Equal(2, warning.Line);
        Assert.Contains("标题写的是 2022 年", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherKindsOfReport_AreNotHeldToTheseRules() =>
        Assert.Empty(Warnings(body: "## 一、总体情况\n\n正文。\n", title: "临沭县2022年度政府信息公开工作报告", fields: "\ndate: 2024-12-01"));

    [Fact]
    public void TheWarnings_NeverKeepAReportOffline_NotEvenWithoutADate() =>
        Assert.NotNull(ReportMarkdown.Parse(ReportMarkdown.Valid(title: "临沭县2022年度法治政府建设报告", body: "## 一、总体\n\n正文。\n")).Report);
}
