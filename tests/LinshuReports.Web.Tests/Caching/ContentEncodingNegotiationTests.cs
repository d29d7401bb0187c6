using LinshuReports.Web.Caching;

namespace LinshuReports.Web.Tests.Caching;

public sealed class ContentEncodingNegotiationTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("identity", null)]
    [InlineData("br", "br")]
    [InlineData("BR", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData(" gzip , deflate ", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.1, gzip;q=1", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0, br;q=0", null)]
    [InlineData("*", "br")]
    [InlineData("*;q=0", null)]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("br;q=0, gzip;q=0, *", null)]
    [InlineData("deflate", null)]
    [InlineData("br;q=abc", null)]
    public void TheBestEncodingTheBrowserAccepts_IsChosen(string? acceptEncoding, string? expected) =>
        Assert.Equal(expected, ContentEncodingNegotiation.Choose(acceptEncoding));
}
