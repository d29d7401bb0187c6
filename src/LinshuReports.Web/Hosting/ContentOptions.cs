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

    /// <summary>
    /// True for a shared or network folder (NFS, SMB), where file-system events do not arrive: the site then only
    /// looks every <see cref="PollInterval"/>, and several machines reading one folder all notice a change.
    /// </summary>
    public bool PollOnly { get; set; }

    /// <summary>How often the folder is looked at without an event; a look that finds nothing changed opens no file.</summary>
    public TimeSpan PollInterval { get; set; } = ContentChangeWatcher.DefaultPollInterval;

    /// <summary>
    /// How far apart the two reads are that must agree before a changed file goes live: a write that stalls for
    /// less than this is never published half. Longer delays a change; shorter risks a half copy.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = LiveCatalog.DefaultSettleTime;

    public string FullRoot => ContentFolderPath.Resolve(Root);

    public bool HasKnownTimeZone => TimeZone == ChinaTimeZone || TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);

    public PublicationSchedule Schedule() =>
        TimeZone == ChinaTimeZone ? PublicationSchedule.China : new PublicationSchedule(TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
