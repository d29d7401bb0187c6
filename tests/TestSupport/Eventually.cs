namespace LinshuReports.TestSupport;

/// <summary>
/// Waits for what the site does in its own time (a reload, a log line, an instance coming back): asks again every
/// tenth of a second until the answer comes, and fails saying what never came.
/// </summary>
public static class Eventually
{
    /// <summary>Generous for a busy CI machine; what is awaited takes well under a second on a quiet one.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>The first answer that is not null.</summary>
    /// <param name="never">What failed to happen, with whatever helps to see why; asked only on failure.</param>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> ask, Func<string> never, TimeSpan? patience = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (patience ?? DefaultPatience);
        while (true)
        {
            if (await ask() is { } answer)
            {
                return answer;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException(never());
            }

            await Task.Delay(Interval);
        }
    }

    public static async Task<T> GetAsync<T>(Func<T?> ask, Func<string> never, TimeSpan? patience = null)
        where T : class =>
        await GetAsync(() => Task.FromResult(ask()), never, patience);

    public static async Task TrueAsync(Func<Task<bool>> condition, string never, TimeSpan? patience = null) =>
        await GetAsync(async () => await condition() ? string.Empty : null, () => never, patience);

    public static async Task TrueAsync(Func<bool> condition, string never, TimeSpan? patience = null) =>
        await TrueAsync(() => Task.FromResult(condition()), never, patience);
}
