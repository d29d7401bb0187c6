using System.Diagnostics;
using LinshuReports.TestSupport;

namespace LinshuReports.Clerk.Tests.SingleFile;

/// <summary>
/// linshu published as a clerk receives it: one self-contained file for linux-x64, published once for the test run
/// (it takes a while) into a folder of its own, with its own build folders so that nothing else building meets it.
/// </summary>
public sealed class PublishedLinshu : IAsyncLifetime
{
    /// <summary>A hang detector for a cold Release build of four projects on a busy machine, not a speed measure.</summary>
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(10);

    private readonly string _work = Directory.CreateTempSubdirectory("linshu-single-file-").FullName;

    public string Folder => Path.Combine(_work, "out");

    public string Executable => Path.Combine(Folder, "linshu");

    /// <summary>A PATH with nothing on it, so neither dotnet nor anything else can be started by name.</summary>
    private string EmptyPath => Path.Combine(_work, "empty-path");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(EmptyPath);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["publish", Path.Combine(RepositoryPaths.Root, "src", "LinshuReports.Clerk"), "-r", "linux-x64", "--self-contained",
                     "-p:PublishSingleFile=true", "--artifacts-path", Path.Combine(_work, "artifacts"), "-o", Folder, "--nologo"])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishLimit);
        await publish.WaitForExitAsync(timeout.Token);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{await output}\n{await error}");
        }
    }

    /// <summary>The published file run as on a computer without .NET: no PATH to find dotnet by, no DOTNET_ variables, no desktop.</summary>
    public ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var start = LinshuProcess.StartInfo(Executable, arguments);
        start.WorkingDirectory = workingDirectory;
        start.Environment.Clear();
        start.Environment["PATH"] = EmptyPath;
        start.Environment["HOME"] = workingDirectory;
        return start;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedLinshuGroup : ICollectionFixture<PublishedLinshu>
{
    public const string Name = "published linshu";
}
