using LinshuReports.Web.ReadingModes;
using Microsoft.AspNetCore.Http;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class ReadingModeMiddlewareTests
{
    private static async Task<ReadingMode> ModeFor(string? cookieHeader)
    {
        var context = new DefaultHttpContext();
        if (cookieHeader is not null)
        {
            context.Request.Headers.Cookie = cookieHeader;
        }

        ReadingMode? seen = null;
        await new ReadingModeMiddleware().InvokeAsync(context, c =>
        {
            seen = c.Features.Get<IReadingModeFeature>()?.Mode;
            return Task.CompletedTask;
        });
        return Assert.NotNull(seen);
    }

    [Fact]
    public async Task ElderCookie_GivesElderMode() =>
        Assert.Equal(ReadingMode.Elder, await ModeFor("reading-mode=elder"));

    [Fact]
    public async Task NoCookie_GivesStandardMode() =>
        Assert.Equal(ReadingMode.Standard, await ModeFor(null));

    [Theory]
    [InlineData("reading-mode=")]
    [InlineData("reading-mode")]
    [InlineData(";;;===;;")]
    [InlineData("reading-mode=\"\"")]
    [InlineData("reading-mode=ELDER")]
    [InlineData("reading-mode=%00elder")]
    [InlineData("reading-mode=<script>alert(1)</script>")]
    [InlineData("reading-mode=2")]
    [InlineData("reading-mode=Standard")]
    public async Task UnknownValue_IsStandardNeverAnError(string header) =>
        Assert.Equal(ReadingMode.Standard, await ModeFor(header));

    [Fact]
    public async Task HugeCookie_IsStandardMode() =>
        Assert.Equal(ReadingMode.Standard, await ModeFor("reading-mode=" + new string('e', 100_000)));
}
