using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Searching;

/// <summary>
/// Searches beyond the configured number at once (and its short queue) are refused at once with the Chinese
/// 请稍后再试 page, a 429 and Retry-After, while every other page keeps answering.
/// </summary>
public sealed class SearchLimitTests : IDisposable
{
    private const string Report = "/reports/2024/linshu-county";
    private const string Held = "/search?q=" + PageGate.Hold;

    private readonly PageGate _gate = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public SearchLimitTests()
    {
        _site = new SiteFactory
        {
            ReplaceServices = _gate.AddTo,
            Settings = new Dictionary<string, string> { ["SearchLimits:Concurrent"] = "1", ["SearchLimits:Queued"] = "1", ["SearchLimits:RetryAfterSeconds"] = "3" },
        };
        _client = _site.CreateRawClient();
    }

    public void Dispose()
    {
        _gate.Release();
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task BeyondTheRunningAndQueuedSearches_ASearchGetsTheChinesePleaseTryLaterPage_WhilePagesStillAnswer()
    {
        (await _client.GetAsync(Report)).Dispose();
        var running = _client.GetAsync(Held);
        await _gate.WaitUntilHeldAsync(1);

        // Two more searches at once: whichever reaches the limiter first takes the one queue place, the other is refused.
        var second = _client.GetAsync("/search?q=%E6%B3%95%E6%B2%BB");
        var third = _client.GetAsync("/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE");
        var answeredFirst = await Task.WhenAny(second, third);
        var queued = answeredFirst == second ? third : second;

        using var refused = await answeredFirst;
        using var document = await HtmlPage.ParseAsync(refused);
        using var page = await _client.GetAsync(Report);
        using var year = await _client.GetAsync("/years/2024");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("请稍后再试", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("no-store", refused.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        Assert.False(queued.IsCompleted, "the queued search waits for the running one instead of being refused");

        _gate.Release();
        using var ran = await running;
        using var waited = await queued;
        using var later = await _client.GetAsync("/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE");
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.Equal(HttpStatusCode.OK, waited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Theory]
    [InlineData("SearchLimits:Concurrent", "0")]
    [InlineData("SearchLimits:Queued", "-1")]
    [InlineData("SearchLimits:RetryAfterSeconds", "0")]
    public void AnImpossibleLimit_StopsStartUp_NamingTheSetting(string key, string value)
    {
        using var site = new SiteFactory { Settings = new Dictionary<string, string> { [key] = value } };

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}
