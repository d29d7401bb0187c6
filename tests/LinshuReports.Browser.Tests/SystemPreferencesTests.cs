using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>The reader's system settings win: reduced motion, and Windows High Contrast (forced colours).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SystemPreferencesTests(BrowserFixture browser)
{
    [Fact]
    public async Task ReducedMotion_TurnsOffSmoothScrolling()
    {
        var page = await browser.OpenAsync("/reports/2024/linshu-county", "standard", 1280);
        Assert.Equal("smooth", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });

        Assert.Equal("auto", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task ForcedColours_KeepControlsAndFocusVisible(string mode)
    {
        var page = await browser.OpenAsync("/reports/2024/linshu-county", mode, 1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });

        var border = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.toolbar .mode-switch')).borderTopWidth)");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focus = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, document.activeElement.textContent.trim()]; }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"forced-colours-{mode}.png") });

        Assert.True(border >= 2, $"the switch's border is {border}px");
        Assert.Equal("solid", focus[0]);
        Assert.True(double.Parse(focus[1].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 3, $"focus outline {focus[1]} on {focus[2]}");
        await page.Context.CloseAsync();
    }
}
