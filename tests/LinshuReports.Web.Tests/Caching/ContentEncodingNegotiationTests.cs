using LinshuReports.Web.Caching;

namespace LinshuReports.Web.Tests.Caching;

public sealed class ContentEncodingNegotiationTests
{
    [Theory]
    [InlineData(null, ContentEncoding.Identity)]
    [InlineData("", ContentEncoding.Identity)]
    [InlineData("identity", ContentEncoding.Identity)]
    [InlineData("br", ContentEncoding.Brotli)]
    [InlineData("BR", ContentEncoding.Brotli)]
    [InlineData("gzip", ContentEncoding.Gzip)]
    [InlineData(" gzip , deflate ", ContentEncoding.Gzip)]
    [InlineData("gzip, deflate, br, zstd", ContentEncoding.Brotli)]
    [InlineData("br;q=0.1, gzip;q=1", ContentEncoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentEncoding.Gzip)]
    [InlineData("gzip;q=0, br;q=0", ContentEncoding.Identity)]
    [InlineData("*", ContentEncoding.Brotli)]
    [InlineData("*;q=0", ContentEncoding.Identity)]
    [InlineData("br;q=0, *", ContentEncoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0, *", ContentEncoding.Identity)]
    [InlineData("deflate", ContentEncoding.Identity)]
    [InlineData("br;q=abc", ContentEncoding.Identity)]
    public void TheBestEncodingTheBrowserAccepts_IsChosen(string? acceptEncoding, ContentEncoding expected) =>
        Assert.Equal(expected, ContentEncodingNegotiation.Choose(acceptEncoding));
}
