namespace LinshuReports.Web.Searching;

/// <summary>
/// Configuration section <c>SearchLimits</c>: how many searches run at once. A search reads every passage of every
/// report; without a limit a few connections searching in a loop took the cores from readers of cached pages.
/// </summary>
public sealed class SearchLimitOptions
{
    public const string Section = "SearchLimits";

    /// <summary>Searches that run at once: half the cores, so that readers always have the other half.</summary>
    public int Concurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Searches that wait for one of those to finish; any more are answered 429 at once, which costs nothing.</summary>
    public int Queued { get; set; } = 8;

    /// <summary>The Retry-After a refused search is sent, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 2;
}
