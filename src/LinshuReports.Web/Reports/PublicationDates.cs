using System.Globalization;
using LinshuReports.Content.Model;

namespace LinshuReports.Web.Reports;

/// <summary>
/// The dates a report is known by, from its front matter only (发布日期 and 更新记录), in China Standard Time;
/// null when it gives none. Never a file's modification time: a clone, a copy or a deploy changes that.
/// </summary>
public static class PublicationDates
{
    /// <summary>发布日期, at midnight in China.</summary>
    public static DateTimeOffset? Published(Report report) => report.Metadata.Date is { } date ? Midnight(date) : null;

    /// <summary>The latest of 发布日期 and every 更新记录 date.</summary>
    public static DateTimeOffset? Updated(Report report)
    {
        var days = (report.Metadata.Changes ?? []).Select(c => (DateOnly?)c.Date).Append(report.Metadata.Date).OfType<DateOnly>().ToList();
        return days.Count > 0 ? Midnight(days.Max()) : null;
    }

    public static string Rfc3339(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>A day as a page shows it: 2025年3月28日.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A day as <c>&lt;time datetime&gt;</c> and meta tags give it: 2025-03-28.</summary>
    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
}
