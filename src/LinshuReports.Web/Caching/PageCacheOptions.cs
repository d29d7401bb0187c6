namespace LinshuReports.Web.Caching;

/// <summary>Configuration section <c>PageCache</c>.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>
    /// The most bytes that rendered pages (plain, Brotli and gzip together) may hold, per version of the content.
    /// A report page in all five reading variants takes about 0.4 MB, so the default keeps every page of an
    /// archive of several hundred reports; beyond it, pages are rendered on each request and not stored.
    /// </summary>
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;
}
