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

    [Fact]
    public void AddressAtTheLengthLimit_IsKept_OneLongerIsNot()
    {
        var longest = "/" + new string('a', 2047);

        Assert.Equal(longest, LocalReturnUrl.Sanitize(longest));
        Assert.Equal("/", LocalReturnUrl.Sanitize(longest + "a"));
    }

    [Theory]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/a\"b", "/a%22b")]
    [InlineData("/a<b", "/a%3Cb")]
    [InlineData("/a>b", "/a%3Eb")]
    [InlineData("/😀", "/%F0%9F%98%80")]
    [InlineData("/a?q=1&r=%20#top", "/a?q=1&r=%20#top")]
    public void CharactersAHeaderCannotCarry_ArePercentEncoded_OthersKept(string url, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.Sanitize(url));
}
