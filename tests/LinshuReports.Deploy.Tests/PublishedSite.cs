using System.Diagnostics;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The site published in Release once per test run, for every <c>run-local</c> the tests start (<c>--app</c>).</summary>
public static class PublishedSite
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "published-site");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["publish", Path.Combine(RepositoryPaths.Root, "src", "LinshuReports.Web"), "-c", "Release", "-o", folder, "--nologo", "-v", "quiet"])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish exited with {publish.ExitCode}:\n{await output}{await error}");
        }

        return folder;
    }
}
