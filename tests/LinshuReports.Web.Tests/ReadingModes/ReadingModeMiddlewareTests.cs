using LinshuReports.Web.ReadingModes;
using Microsoft.AspNetCore.Http;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class ReadingModeMiddlewareTests
{
    private static async Task<ReadingPreferences> PreferencesFor(string? cookieHeader)
    {
        var context = new DefaultHttpContext();
        if (cookieHeader is not null)
        {
            context.Request.Headers.Cookie = cookieHeader;
        }

        ReadingPreferences? seen = null;
        await new ReadingModeMiddleware(c =>
        {
            seen = c.Features.Get<IReadingModeFeature>()?.Preferences;
            return Task.CompletedTask;
        }).InvokeAsync(context);
        return Assert.NotNull(seen);
    }

    [Fact]
    public async Task ElderCookie_GivesElderModeAtTheDefaultSizeAndColours() =>
        Assert.Equal(new ReadingPreferences(ReadingMode.Elder, TextSize.Large, ColourScheme.BlackOnWhite), await PreferencesFor("reading-mode=elder"));

    [Fact]
    public async Task NoCookie_GivesStandardMode() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor(null));

    [Fact]
    public async Task ElderSizeAndSchemeCookies_AreAllRead() =>
        Assert.Equal(
            new ReadingPreferences(ReadingMode.Elder, TextSize.ExtraLarge, ColourScheme.YellowOnBlack),
            await PreferencesFor("reading-mode=elder; reading-text-size=xlarge; reading-colour-scheme=yellow-on-black"));

    [Fact]
    public async Task SizeAndScheme_DoNotApplyInStandardMode() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor("reading-text-size=xlarge; reading-colour-scheme=yellow-on-black"));

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
    public async Task UnknownMode_IsStandardNeverAnError(string header) =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor(header));

    [Theory]
    [InlineData("reading-text-size=huge; reading-colour-scheme=pink")]
    [InlineData("reading-text-size=XLARGE; reading-colour-scheme=Yellow-On-Black")]
    [InlineData("reading-text-size=1; reading-colour-scheme=<b>")]
    [InlineData("reading-text-size=; reading-colour-scheme=")]
    public async Task UnknownSizeOrScheme_FallsBackToTheDefaults(string header) =>
        Assert.Equal(new ReadingPreferences(ReadingMode.Elder, TextSize.Large, ColourScheme.BlackOnWhite), await PreferencesFor("reading-mode=elder; " + header));

    [Fact]
    public async Task HugeCookie_IsStandardMode() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor("reading-mode=" + new string('e', 100_000)));

    [Fact]
    public async Task OneCookie_CarriesAllThree() =>
        Assert.Equal(
            new ReadingPreferences(ReadingMode.Elder, TextSize.ExtraLarge, ColourScheme.YellowOnBlack),
            await PreferencesFor("reading=elder.xlarge.yellow-on-black"));

    [Fact]
    public async Task OneCookie_InStandardMode_KeepsItsSizeAndSchemeOutOfThePage() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor("reading=standard.xlarge.yellow-on-black"));

    [Theory]
    [InlineData("reading=elder")]
    [InlineData("reading=elder.xlarge")]
    [InlineData("reading=elder.xlarge.yellow-on-black.extra")]
    [InlineData("reading=elder.huge.yellow-on-black")]
    [InlineData("reading=ELDER.large.black-on-white")]
    [InlineData("reading=elder..black-on-white")]
    [InlineData("reading=elder.large.black-on-white%20")]
    [InlineData("reading=%65lder.large.black-on-white")]
    public async Task OneCookie_IsReadOnlyWhenItIsExactlyAListOfKnownNames(string header) =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor(header));

    [Fact]
    public async Task FirstOfTwoReadingCookies_Counts_AsACacheInFrontReadsIt() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor("reading=standard.large.black-on-white; reading=elder.large.black-on-white"));

    [Fact]
    public async Task OneCookie_WinsOverOldCookies() =>
        Assert.Equal(ReadingPreferences.Default, await PreferencesFor("reading-mode=elder; reading=standard.large.black-on-white"));

    [Theory]
    [InlineData("reading=elder.huge.yellow-on-black; reading-mode=elder")]
    [InlineData("reading=elder.large.pink; reading-mode=elder")]
    public async Task OneCookieWithAnUnknownName_LeavesTheOldCookiesInCharge(string header) =>
        Assert.Equal(new ReadingPreferences(ReadingMode.Elder, TextSize.Large, ColourScheme.BlackOnWhite), await PreferencesFor(header));

    [Fact]
    public async Task BrokenOneCookie_LeavesTheOldCookiesInCharge() =>
        Assert.Equal(new ReadingPreferences(ReadingMode.Elder, TextSize.Large, ColourScheme.BlackOnWhite), await PreferencesFor("reading=junk; reading-mode=elder"));
}
