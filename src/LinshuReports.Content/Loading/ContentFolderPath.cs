namespace LinshuReports.Content.Loading;

/// <summary>
/// The one rule for where the reports are: a configured folder, relative to the site root unless absolute.
/// The site, <c>check</c>, the tests and the benchmarks all resolve it here, so they read the same folder.
/// </summary>
public static class ContentFolderPath
{
    public const string Default = "content";

    public static string Resolve(string configured) => Path.GetFullPath(configured, SiteRoot.Find());
}
