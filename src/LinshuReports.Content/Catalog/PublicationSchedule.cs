using LinshuReports.Content.Model;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// When a report becomes public: a draft never; a report with a 发布日期 at the start of that day in the site's
/// time zone; a report without one as soon as it is valid. Clerks prepare reports ahead of time and rely on this.
/// </summary>
public sealed class PublicationSchedule(TimeZoneInfo zone)
{
    /// <summary>China keeps one time zone and no summer time, so a fixed +08:00 is exact and needs no tz database.</summary>
    public static PublicationSchedule China { get; } = new(TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间"));

    /// <summary>The moment the report goes live; null for a draft, which never does.</summary>
    public DateTimeOffset? GoesLiveAt(ReportMetadata metadata)
    {
        if (metadata.Draft)
        {
            return null;
        }

        if (metadata.Date is not { } date)
        {
            return DateTimeOffset.MinValue;
        }

        // The loader refuses dates outside 1949–2100; a day at either end of the calendar still has a moment, never an exception.
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(midnight);
        var utcTicks = midnight.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks ? DateTimeOffset.MinValue
            : utcTicks > DateTime.MaxValue.Ticks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(midnight, offset);
    }

    public bool IsPublic(ReportMetadata metadata, DateTimeOffset now) => GoesLiveAt(metadata) <= now;

    /// <summary>The next moment after <paramref name="now"/> at which one of <paramref name="reports"/> goes live, if any.</summary>
    public DateTimeOffset? NextAfter(IEnumerable<Report> reports, DateTimeOffset now) =>
        reports.Select(r => GoesLiveAt(r.Metadata)).Where(at => at > now).Min();
}
