namespace LinshuReports.Benchmarks;

internal static class RepositoryContent
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LinshuReports.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
