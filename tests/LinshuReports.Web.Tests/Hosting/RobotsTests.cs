using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

public sealed class RobotsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Robots_KeepCrawlersOffTheModeSwitches()
    {
        using var response = await site.CreateClient().GetAsync("/robots.txt");

        Assert.Contains("Disallow: /reading-mode/", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
