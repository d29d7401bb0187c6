using System.Globalization;
using LinshuReports.Content.Model;

namespace LinshuReports.Web.Reports;

/// <summary>The dates a feed and a sitemap give for a report, from what is known, never invented.</summary>
public static class PublicationDates
{
    /// <summary>最后更新, else 发布日期, else when its file was last written.</summary>
    public static DateTimeOffset Updated(Report report) =>
        report.Metadata.LastUpdated is { } updated ? Midnight(updated)
        : report.Metadata.Date is { } date ? Midnight(date)
        : new DateTimeOffset(report.FileWrittenUtc ?? DateTime.UnixEpoch, TimeSpan.Zero);

    /// <summary>发布日期, else the same as <see cref="Updated"/>.</summary>
    public static DateTimeOffset Published(Report report) =>
        report.Metadata.Date is { } date ? Midnight(date) : Updated(report);

    public static string Rfc3339(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
}
