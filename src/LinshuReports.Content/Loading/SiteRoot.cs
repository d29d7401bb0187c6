namespace LinshuReports.Content.Loading;

/// <summary>
/// The folder that holds <c>wwwroot/</c> and <c>content/</c>. In the repository they sit at its top, not inside
/// the web project, so the app walks up to the solution file; a published build carries them in <c>site/</c>.
/// </summary>
public static class SiteRoot
{
    private const string Marker = "LinshuReports.sln";

    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        // A published build has no solution file around it; publishing copies wwwroot/ and content/ into site/.
        return Path.Combine(AppContext.BaseDirectory, "site");
    }
}
