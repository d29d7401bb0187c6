using LinshuReports.TestSupport;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

public sealed class ContentChangeWatcherTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SeveralQuickSaves_BecomeOneReload()
    {
        var reloads = 0;
        using var watcher = new ContentChangeWatcher(_folder.Path, () => Interlocked.Increment(ref reloads));

        for (var i = 0; i < 5; i++)
        {
            _folder.Write("2023-linshu-county.md", $"版本 {i}");
        }

        await Task.Delay(ContentChangeWatcher.SettleDelay * 5);
        Assert.Equal(1, reloads);
    }

    [Fact]
    public async Task AFolderThatNeverGoesQuiet_IsStillReloaded()
    {
        var reloads = 0;
        using var watcher = new ContentChangeWatcher(_folder.Path, () => Interlocked.Increment(ref reloads));

        // Saves every 100 ms for three seconds: a pure "wait for quiet" would never reload during them.
        for (var i = 0; i < 30; i++)
        {
            _folder.Write("2023-linshu-county.md", $"版本 {i}");
            await Task.Delay(100);
        }

        Assert.True(reloads >= 1, "the watcher should reload during a long burst of saves");
    }
}
