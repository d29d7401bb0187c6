using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Parsing;

/// <summary>The 政府信息公开 fields of the front matter: each is read, and each mistake is told at its line.</summary>
public sealed class PublicationRecordFieldTests
{
    [Fact]
    public void EveryRecordField_IsRead()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.WithFields(ReportMarkdown.RecordFields));

        Assert.Empty(result.Problems);
        var metadata = result.Report!.Metadata;
        Assert.Equal("11371329MB28XXXXXX/2025-00012", metadata.IndexNo);
        Assert.Equal("临政发〔2025〕3号", metadata.DocNo);
        Assert.Equal(new DateOnly(2025, 3, 20), metadata.Written);
        Assert.Equal(new DateOnly(2025, 3, 28), metadata.Date);
        Assert.Equal("综合政务", metadata.Subject);
        Assert.False(metadata.Draft);
        Assert.Equal([new ReportChange(new DateOnly(2025, 4, 2), "更正了第一部分的一处数字。"), new ReportChange(new DateOnly(2025, 5, 6), "补充了附件。")], metadata.Changes!);
        Assert.Equal(new DateOnly(2025, 5, 6), metadata.LastUpdated);
    }

    [Fact]
    public void NothingIsInventedForTheFieldsAReportDoesNotGive()
    {
        var metadata = ReportMarkdown.Parse(ReportMarkdown.Valid()).Report!.Metadata;

        Assert.Null(metadata.IndexNo);
        Assert.Null(metadata.DocNo);
        Assert.Null(metadata.Written);
        Assert.Null(metadata.Subject);
        Assert.Null(metadata.Changes);
        Assert.Null(metadata.LastUpdated);
        Assert.False(metadata.Draft);
    }

    [Theory]
    [InlineData("written: 2025-02-30", 6, "written（成文日期）应是真实存在的日期")]
    [InlineData("date: 2025-13-01", 6, "date（发布日期）应是真实存在的日期")]
    [InlineData("written: 2025-03-20\ndate: 2025-03-19", 7, "发布日期（date: 2025-03-19）早于成文日期（written: 2025-03-20）")]
    [InlineData("date: 0001-01-01", 6, "date（发布日期）的年份应在 1949 年到 2100 年之间，现在是“0001-01-01”")]
    [InlineData("date: 1948-12-31", 6, "date（发布日期）的年份应在 1949 年到 2100 年之间")]
    [InlineData("date: 9999-12-31", 6, "date（发布日期）的年份应在 1949 年到 2100 年之间")]
    [InlineData("date: 0000-01-01", 6, "date（发布日期）应是真实存在的日期")]
    [InlineData("date: 10000-01-01", 6, "date（发布日期）应是真实存在的日期")]
    [InlineData("written: 0001-01-01", 6, "written（成文日期）的年份应在 1949 年到 2100 年之间")]
    [InlineData("date: 2025-03-28\nchanges:\n  - date: 0001-01-01\n    note: 早", 8, "changes 的 date（更正日期）的年份应在 1949 年到 2100 年之间")]
    [InlineData("index_no: 临沭县/2025-1", 6, "index_no（索引号）格式不对")]
    [InlineData("index_no: 11371329MB28XXXXXX-2025-00012", 6, "index_no（索引号）格式不对")]
    [InlineData("index_no: 113713290/25-1", 6, "index_no（索引号）格式不对")]
    [InlineData("draft: yes please", 6, "draft（草稿）只能写 true 或 false")]
    [InlineData("date: 2025-03-28\nchanges:\n  - date: 2025-03-27\n    note: 太早了", 8, "更正日期 2025-03-27 早于发布日期 2025-03-28")]
    [InlineData("changes:\n  - date: 2025-05-06\n    note: 后\n  - date: 2025-04-02\n    note: 前", 9, "更新记录应按日期先后排列")]
    [InlineData("changes:\n  - date: 2025-05-06", 7, "缺少 note")]
    [InlineData("changes:\n  - note: 没有日期", 7, "缺少 date")]
    [InlineData("changes:\n  - 2025-05-06 更正", 7, "changes 的每一项应以“- ”开头")]
    public void EachMistake_IsAnErrorAtItsLine(string fields, int line, string message)
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.WithFields(fields));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index_no: 113713290/2025-1")]
    [InlineData("index_no: 11371329MB28XXXXXX/2025-000012")]
    [InlineData("draft: false")]
    [InlineData("draft: true")]
    [InlineData("date: 1949-10-01")]
    [InlineData("date: 2100-12-31")]
    public void WellFormedValues_AreAccepted(string fields) =>
        Assert.DoesNotContain(ReportMarkdown.Parse(ReportMarkdown.WithFields(fields)).Problems, p => p.Severity == ProblemSeverity.Error);
}
