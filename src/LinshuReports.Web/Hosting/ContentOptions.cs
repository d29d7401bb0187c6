using LinshuReports.Content.Catalog;
using LinshuReports.Content.Loading;

namespace LinshuReports.Web.Hosting;

/// <summary>Configuration section <c>Content</c>; <c>Content__Root</c> in the environment sets the folder.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    private const string ChinaTimeZone = "Asia/Shanghai";

    /// <summary>The folder of report files; relative paths are taken from the site root (the repository's top, or site/ when published).</summary>
    public string Root { get; set; } = ContentFolderPath.Default;

    /// <summary>The time zone in which a report's 发布日期 begins (an IANA id); China's by default.</summary>
    public string TimeZone { get; set; } = ChinaTimeZone;

    public string FullRoot => ContentFolderPath.Resolve(Root);

    public bool HasKnownTimeZone => TimeZone == ChinaTimeZone || TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);

    public PublicationSchedule Schedule() =>
        TimeZone == ChinaTimeZone ? PublicationSchedule.China : new PublicationSchedule(TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
