namespace LinshuReports.Web.Hosting;

/// <summary>
/// The web root and the content folder sit at the top of the repository, not inside the web project,
/// so the app finds that top by walking up to the solution file.
/// </summary>
public static class RepositoryRoot
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

        // A published build has no solution file beside it; it carries wwwroot/ and content/ next to the binaries.
        return AppContext.BaseDirectory;
    }
}
