using LinshuReports.Content.Model;
using LinshuReports.Web.Reports;

namespace LinshuReports.Web.Tests.Reports;

/// <summary>The dates a feed reader and a search engine are told: from the report's own record, never invented.</summary>
public sealed class PublicationDatesTests
{
    private static Report Report(DateOnly? date = null, IReadOnlyList<ReportChange>? changes = null) =>
        new(new ReportMetadata("临沭县2024年度法治政府建设报告", 2024, "临沭县人民政府", "通知公告", "linshu-county", Date: date, Changes: changes), [], [], "2024-linshu-county.md", []);

    private static string? Rfc3339(DateTimeOffset? moment) => moment is { } m ? PublicationDates.Rfc3339(m) : null;

    [Fact]
    public void AReportWithCorrections_WasUpdatedOnTheLatestCorrection_AndPublishedOnItsDate()
    {
        var report = Report(new DateOnly(2025, 3, 28), [new(new DateOnly(2025, 4, 2), "更正数字。"), new(new DateOnly(2025, 5, 6), "补充附件。")]);

        Assert.Equal("2025-05-06T00:00:00+08:00", Rfc3339(PublicationDates.Updated(report)));
        Assert.Equal("2025-03-28T00:00:00+08:00", Rfc3339(PublicationDates.Published(report)));
    }

    [Fact]
    public void AReportWithADateAndNoCorrection_WasPublishedAndUpdatedThatDayInChinaStandardTime()
    {
        var report = Report(new DateOnly(2025, 3, 28));

        Assert.Equal("2025-03-28T00:00:00+08:00", Rfc3339(PublicationDates.Updated(report)));
        Assert.Equal("2025-03-28T00:00:00+08:00", Rfc3339(PublicationDates.Published(report)));
    }

    [Fact]
    public void AReportWithCorrectionsButNoDate_WasUpdatedOnTheLatest_AndHasNoPublicationDate()
    {
        var report = Report(changes: [new(new DateOnly(2025, 4, 2), "更正数字。")]);

        Assert.Equal("2025-04-02T00:00:00+08:00", Rfc3339(PublicationDates.Updated(report)));
        Assert.Null(PublicationDates.Published(report));
    }

    [Fact]
    public void AReportWithNoDate_HasNoDateAtAll()
    {
        var report = Report();

        Assert.Null(PublicationDates.Updated(report));
        Assert.Null(PublicationDates.Published(report));
    }

    [Fact]
    public void DaysAreShownInChinese_AndMarkedUpInIso()
    {
        Assert.Equal("2025年3月8日", PublicationDates.Day(new DateOnly(2025, 3, 8)));
        Assert.Equal("2025-03-08", PublicationDates.IsoDay(new DateOnly(2025, 3, 8)));
    }
}
