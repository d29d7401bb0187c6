using LinshuReports.TestSupport;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/reports/2024/linshu-county?x=1#part-2")]
    public void LocalPath_IsKept(string url) => Assert.Equal(url, LocalReturnUrl.Sanitize(url));

    public static TheoryData<string> Foreign() => new(ForeignAddresses.Raw);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [MemberData(nameof(Foreign))]
    public void ForeignOrMalformedAddress_BecomesHome(string? url) => Assert.Equal("/", LocalReturnUrl.Sanitize(url));

    [Fact]
    public void VeryLongAddress_BecomesHome() => Assert.Equal("/", LocalReturnUrl.Sanitize("/" + new string('a', 5000)));

    [Fact]
    public void ChinesePath_IsPercentEncodedForTheLocationHeader() =>
        Assert.Equal("/%E6%8A%A5%E5%91%8A", LocalReturnUrl.Sanitize("/报告"));
}
