namespace LinshuReports.TestSupport;

/// <summary>Waits for something the site does in the background (a reload, a copy) to show.</summary>
public static class Poll
{
    /// <summary>Polls until the condition holds; generous for a busy CI machine, where a reload takes well under a second.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change did not show in time");
            await Task.Delay(100);
        }
    }
}
