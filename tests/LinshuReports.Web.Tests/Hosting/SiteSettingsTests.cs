using LinshuReports.TestSupport;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>A mistake in the site's settings stops it at start with a message naming the setting and the fix, instead of serving wrongly.</summary>
public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData("Content:Root", " ", "Content:Root is empty")]
    [InlineData("Content:TimeZone", "Mars/Olympus", "Content:TimeZone is not a time zone this machine knows")]
    [InlineData("Content:PollInterval", "00:00:00", "Content:PollInterval must be more than zero")]
    [InlineData("Content:PollInterval", "-00:00:05", "Content:PollInterval must be more than zero")]
    [InlineData("Content:PollInterval", "1.00:00:01", "Content:PollInterval must be more than zero and at most a day")]
    [InlineData("Proxy:KnownProxies:0", "nginx.internal", "Proxy:KnownProxies holds something that is not an IP address")]
    public void AMistakenSetting_StopsTheSiteAtStart_NamingIt(string key, string value, string message)
    {
        using var site = new SiteFactory { Settings = new Dictionary<string, string> { [key] = value } };

        var failure = Assert.Throws<OptionsValidationException>(() => site.CreateClient());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content:PollInterval", "00:00:00.001")]
    [InlineData("Content:PollInterval", "1.00:00:00")]
    [InlineData("Content:TimeZone", "Asia/Urumqi")]
    [InlineData("Proxy:KnownProxies:0", "10.0.0.5")]
    [InlineData("Proxy:KnownProxies:0", "fd00::5")]
    public async Task ASettingWithinItsLimits_IsAccepted(string key, string value)
    {
        using var site = new SiteFactory { Settings = new Dictionary<string, string> { [key] = value } };

        using var response = await site.CreateClient().GetAsync("/readyz");

        Assert.True(response.IsSuccessStatusCode);
    }
}
