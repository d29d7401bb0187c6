using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The 2024 report in a folder of its own, served by two instances behind nginx for one test class.</summary>
public sealed class NginxSite : IAsyncLifetime
{
    public TempContentFolder Content { get; } = new();

    public RunLocal Run { get; private set; } = null!;

    public HttpClient Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Content.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));
        Run = await RunLocal.StartAsync(Content.Path, instanceCount: 2);
        Reader = ReaderClient.For(Run);
    }

    public async Task DisposeAsync()
    {
        Reader?.Dispose();
        if (Run is not null)
        {
            await Run.DisposeAsync();
        }

        Content.Dispose();
    }
}
