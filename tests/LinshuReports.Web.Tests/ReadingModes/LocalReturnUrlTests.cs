using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/reports/2024/linshu-county?x=1#part-2")]
    public void LocalPath_IsKept(string url) => Assert.Equal(url, LocalReturnUrl.Sanitize(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("///evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/path\\..\\\\evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\nLocation: https://evil.example")]
    [InlineData(" //evil.example")]
    public void ForeignOrMalformedAddress_BecomesHome(string? url) => Assert.Equal("/", LocalReturnUrl.Sanitize(url));

    [Fact]
    public void VeryLongAddress_BecomesHome() => Assert.Equal("/", LocalReturnUrl.Sanitize("/" + new string('a', 5000)));

    [Fact]
    public void ChinesePath_IsPercentEncodedForTheLocationHeader() =>
        Assert.Equal("/%E6%8A%A5%E5%91%8A", LocalReturnUrl.Sanitize("/报告"));
}
