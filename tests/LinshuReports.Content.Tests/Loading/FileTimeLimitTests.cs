using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

/// <summary>
/// A file on a share that stopped answering: its open or read never returns. The caller is told so within the limit
/// and goes on; asking again for that file starts no second stuck thread; once it answers, it is read again.
/// </summary>
public sealed class FileTimeLimitTests : IDisposable
{
    /// <summary>Short, since the hung work below never returns by itself: only how long the caller waits for it.</summary>
    private readonly FileTimeLimit _limit = new(TimeSpan.FromMilliseconds(200));

    private readonly ManualResetEventSlim _shareAnswers = new();
    private int _started;

    public void Dispose()
    {
        _shareAnswers.Set();
        _shareAnswers.Dispose();
    }

    private string HungRead()
    {
        Interlocked.Increment(ref _started);
        _shareAnswers.Wait();
        return "late bytes";
    }

    [Fact]
    public void AReadThatHangs_TimesOut_AndTheCallerGoesOn()
    {
        Assert.False(_limit.TryRun("/share/2023-x.md", HungRead, _ => { }, out _));
        Assert.True(_limit.TryRun("/share/2024-linshu-county.md", () => "bytes", _ => { }, out var other));
        Assert.Equal("bytes", other);
    }

    [Fact]
    public async Task AnOpenThatHangs_TimesOut_WithoutHoldingTheCaller()
    {
        var (done, _) = await _limit.RunAsync("/share/a.pdf", HungRead, _ => { });

        Assert.False(done);
    }

    [Fact]
    public async Task WhileStuck_TheSameFileIsRefusedAtOnce_WithoutStartingAnotherRead()
    {
        Assert.False(_limit.TryRun("/share/2023-x.md", HungRead, _ => { }, out _));
        await Eventually.TrueAsync(() => Volatile.Read(ref _started) == 1, "the first read never started");

        var again = _limit.TryRun("/share/2023-x.md", HungRead, _ => { }, out _);
        var (againAsync, _) = await _limit.RunAsync("/share/2023-x.md", HungRead, _ => { });

        Assert.False(again);
        Assert.False(againAsync);
        Assert.Equal(1, Volatile.Read(ref _started));
    }

    [Fact]
    public async Task OnceTheShareAnswers_TheFileIsReadAgain_AndTheLateResultIsFreed()
    {
        var freed = new TaskCompletionSource<string>();
        Assert.False(_limit.TryRun<string>("/share/2023-x.md", HungRead, late => freed.SetResult(late), out _));

        _shareAnswers.Set();

        Assert.Equal("late bytes", await freed.Task.WaitAsync(Eventually.DefaultPatience));
        await Eventually.TrueAsync(() => _limit.TryRun("/share/2023-x.md", () => "new bytes", _ => { }, out _), "the file was never read again");
    }
}
