using LinshuReports.Content.Loading;

namespace LinshuReports.TestSupport;

public static class RepositoryPaths
{
    public static string Root { get; } = SiteRoot.Find();

    /// <summary>The published content, found as the site finds it.</summary>
    public static string Content => ContentFolderPath.Resolve(ContentFolderPath.Default);
}
