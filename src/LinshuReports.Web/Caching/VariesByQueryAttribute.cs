namespace LinshuReports.Web.Caching;

/// <summary>
/// Marks a page whose content depends on its query string (search). The page cache passes such a page by:
/// it keeps the query and stores nothing, so one query's results can never be served for another.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class VariesByQueryAttribute : Attribute;
