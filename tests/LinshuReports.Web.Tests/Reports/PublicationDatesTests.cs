using LinshuReports.Content.Model;
using LinshuReports.Web.Reports;

namespace LinshuReports.Web.Tests.Reports;

/// <summary>The dates a feed reader and a search engine are told: from the report's own record, never invented.</summary>
public sealed class PublicationDatesTests
{
    private static readonly DateTime Written = new(2025, 4, 1, 9, 30, 0, DateTimeKind.Utc);

    private static Report Report(DateOnly? date = null, IReadOnlyList<ReportChange>? changes = null, DateTime? written = null) =>
        new(new ReportMetadata("临沭县2024年度法治政府建设报告", 2024, "临沭县人民政府", "通知公告", "linshu-county", Date: date, Changes: changes), [], [], "2024-linshu-county.md", [])
        {
            FileWrittenUtc = written,
        };

    [Fact]
    public void AReportWithCorrections_WasUpdatedOnTheLatestCorrection_AndPublishedOnItsDate()
    {
        var report = Report(new DateOnly(2025, 3, 28), [new(new DateOnly(2025, 4, 2), "更正数字。"), new(new DateOnly(2025, 5, 6), "补充附件。")], Written);

        Assert.Equal("2025-05-06T00:00:00+08:00", PublicationDates.Rfc3339(PublicationDates.Updated(report)));
        Assert.Equal("2025-03-28T00:00:00+08:00", PublicationDates.Rfc3339(PublicationDates.Published(report)));
    }

    [Fact]
    public void AReportWithADateAndNoCorrection_WasPublishedAndUpdatedThatDayInChinaStandardTime()
    {
        var report = Report(new DateOnly(2025, 3, 28), written: Written);

        Assert.Equal("2025-03-28T00:00:00+08:00", PublicationDates.Rfc3339(PublicationDates.Updated(report)));
        Assert.Equal("2025-03-28T00:00:00+08:00", PublicationDates.Rfc3339(PublicationDates.Published(report)));
    }

    [Fact]
    public void AReportWithNoDate_IsDatedByWhenItsFileWasWritten()
    {
        var report = Report(written: Written);

        Assert.Equal("2025-04-01T09:30:00+00:00", PublicationDates.Rfc3339(PublicationDates.Updated(report)));
        Assert.Equal(PublicationDates.Updated(report), PublicationDates.Published(report));
    }

    [Fact]
    public void AReportKnownByNoDateAtAll_IsDatedAtTheEpoch_NotToday()
    {
        var report = Report();

        Assert.Equal("1970-01-01T00:00:00+00:00", PublicationDates.Rfc3339(PublicationDates.Updated(report)));
    }
}
