using LinshuReports.Content.Catalog;

namespace LinshuReports.Web.Hosting;

/// <summary>Configuration section <c>Content</c>; <c>Content__Root</c> in the environment sets the folder.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The folder of report files; relative paths are taken from the site root (the repository's top, or site/ when published).</summary>
    public string Root { get; set; } = "content";

    /// <summary>The time zone in which a report's 发布日期 begins (an IANA id); China's by default.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public PublicationSchedule Schedule() =>
        TimeZone == "Asia/Shanghai" ? PublicationSchedule.China : new PublicationSchedule(TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
