using LinshuReports.Content.Model;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// When a report becomes public: a draft never; a report with a 发布日期 at the start of that day in the site's
/// time zone; a report without one as soon as it is valid. Clerks prepare reports ahead of time and rely on this.
/// </summary>
public sealed class PublicationSchedule(TimeZoneInfo zone)
{
    private bool _everything;

    /// <summary>China keeps one time zone and no summer time, so a fixed +08:00 is exact and needs no tz database.</summary>
    public static PublicationSchedule China { get; } = new(TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间"));

    /// <summary>The clerk's preview: drafts and reports scheduled for later are shown as if public now.</summary>
    public static PublicationSchedule Everything { get; } = new(TimeZoneInfo.Utc) { _everything = true };

    /// <summary>The moment the report goes live; null for a draft, which never does.</summary>
    public DateTimeOffset? GoesLiveAt(ReportMetadata metadata)
    {
        if (_everything)
        {
            return DateTimeOffset.MinValue;
        }

        if (metadata.Draft)
        {
            return null;
        }

        if (metadata.Date is not { } date)
        {
            return DateTimeOffset.MinValue;
        }

        // The loader refuses dates before 1949; were one to reach here, 1 January of year 1 east of Greenwich began
        // before the first moment .NET can count, and that is when it went live, not an exception that stops the catalog.
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(midnight);
        return midnight.Ticks < DateTime.MinValue.Ticks + offset.Ticks ? DateTimeOffset.MinValue : new DateTimeOffset(midnight, offset);
    }

    public bool IsPublic(ReportMetadata metadata, DateTimeOffset now) => GoesLiveAt(metadata) <= now;

    /// <summary>The next moment after <paramref name="now"/> at which one of <paramref name="reports"/> goes live, if any.</summary>
    public DateTimeOffset? NextAfter(IEnumerable<Report> reports, DateTimeOffset now) =>
        reports.Select(r => GoesLiveAt(r.Metadata)).Where(at => at > now).Min();
}
