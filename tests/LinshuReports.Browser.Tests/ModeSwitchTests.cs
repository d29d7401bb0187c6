using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>A reader switches the mode once and keeps it: across pages, reloads and visits, by mouse or keyboard.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ModeSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task ElderMode_PersistsAcrossNavigationReloadAndANewVisit()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");
        Assert.Equal("standard", await PageMeasurements.ModeAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "长者浏览模式" }).First.ClickAsync();
        Assert.Equal("elder", await PageMeasurements.ModeAsync(page));
        Assert.Equal(browser.BaseUrl + "/", page.Url);

        await page.GetByRole(AriaRole.Link, new() { Name = "临沭县2024年度法治政府建设报告" }).ClickAsync();
        Assert.EndsWith("/reports/2024/linshu-county", page.Url, StringComparison.Ordinal);
        Assert.Equal("elder", await PageMeasurements.ModeAsync(page));

        await page.ReloadAsync();
        Assert.Equal("elder", await PageMeasurements.ModeAsync(page));

        var nextVisit = await context.NewPageAsync();
        await nextVisit.GotoAsync(browser.BaseUrl + "/");
        Assert.Equal("elder", await PageMeasurements.ModeAsync(nextVisit));

        await page.GetByRole(AriaRole.Link, new() { Name = "退出长者模式" }).First.ClickAsync();
        Assert.EndsWith("/reports/2024/linshu-county", page.Url, StringComparison.Ordinal);
        Assert.Equal("standard", await PageMeasurements.ModeAsync(page));
        await context.CloseAsync();
    }

    /// <summary>文字 繁體 and back, without JavaScript, in elder mode too: the whole page converted, the choice kept across pages.</summary>
    [Fact]
    public async Task Traditional_PersistsAcrossPagesInBothModes_WithoutJavaScript()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "繁體" }).ClickAsync();
        Assert.Equal(browser.BaseUrl + "/", page.Url);
        Assert.Equal("zh-Hant", await page.EvaluateAsync<string>("() => document.documentElement.lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "臨沭縣2024年度法治政府建設報告" }).ClickAsync();
        Assert.EndsWith("/reports/2024/linshu-county", page.Url, StringComparison.Ordinal);
        Assert.Equal("臨沭縣2024年度法治政府建設報告", await page.Locator("h1").TextContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "長者瀏覽模式" }).First.ClickAsync();
        Assert.Equal("elder", await PageMeasurements.ModeAsync(page));
        Assert.Equal("zh-Hant", await page.EvaluateAsync<string>("() => document.documentElement.lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "简体" }).ClickAsync();
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("临沭县2024年度法治政府建设报告", await page.Locator("h1").TextContentAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Switch_IsReachableAndUsableByKeyboardAlone_WithVisibleFocus()
    {
        var page = await browser.OpenAsync("/reports/2024/linshu-county", "standard", 1280);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        var presses = 1;
        while (await page.EvaluateAsync<string>("() => document.activeElement.textContent") != "长者浏览模式")
        {
            Assert.True(++presses <= 5, "the mode switch should be among the first few stops of the tab order");
            await page.Keyboard.PressAsync("Tab");
        }

        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("solid", outline, StringComparison.Ordinal);
        Assert.NotEqual("0px", outline.Split(' ')[1]);

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.readingMode === 'elder'");
        Assert.EndsWith("/reports/2024/linshu-county", page.Url, StringComparison.Ordinal);

        var elderOutline = await page.EvaluateAsync<double>("""
            async () => { const a = document.querySelector('.toolbar .mode-switch'); a.focus(); return parseFloat(getComputedStyle(a).outlineWidth); }
            """);
        Assert.True(elderOutline >= 4, $"elder focus ring is {elderOutline}px");
        await page.Context.CloseAsync();
    }
}
