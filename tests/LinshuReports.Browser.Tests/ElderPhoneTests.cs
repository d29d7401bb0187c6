using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// 长者浏览模式 on a 375 × 667 phone: the page starts with its title, not with controls, and every control
/// is still one clear step away: 退出长者模式 at the top, 字号 and 配色 behind 阅读设置.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ElderPhoneTests(BrowserFixture browser)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 667;

    public static TheoryData<string, string, double> TitlePositions()
    {
        var data = new TheoryData<string, string, double>();
        foreach (var path in new[] { "/", "/reports/2024/linshu-county", "/years/2024", "/no-such-page", "/accessibility", "/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE" })
        {
            data.Add(path, "large", PhoneHeight / 2.0);   // the top half of the first screen
            data.Add(path, "xlarge", PhoneHeight);        // within the first screen
        }

        return data;
    }

    private async Task<IPage> OpenPhoneAsync(string path, string size = "large", string scheme = "black-on-white", bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = PhoneHeight },
            JavaScriptEnabled = javaScript,
        });
        await context.AddCookiesAsync([new Cookie { Name = "reading", Value = $"elder.{size}.{scheme}", Url = browser.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + path);
        return page;
    }

    [Theory]
    [MemberData(nameof(TitlePositions))]
    public async Task TheTitle_StartsNearTheTopOfTheFirstScreen(string path, string size, double limit)
    {
        var page = await OpenPhoneAsync(path, size);
        var name = path.Split('?')[0].Trim('/').Replace('/', '-') is { Length: > 0 } n ? n : "home";
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"phone-elder-{size}-{name}.png") });

        var top = await page.EvalOnSelectorAsync<double>("h1", "h => h.getBoundingClientRect().top + window.scrollY");
        var exit = page.GetByRole(AriaRole.Link, new() { Name = "退出长者模式" }).First;
        var exitBox = await exit.BoundingBoxAsync();

        Assert.True(top <= limit, $"h1 starts at {top:0} px; the limit is {limit:0} px");
        Assert.True(await exit.IsVisibleAsync());
        Assert.True(exitBox!.Y + exitBox.Height <= top, "退出长者模式 should be above the title");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReadingSettings_OpenInPlace_WithoutJavaScript()
    {
        var page = await OpenPhoneAsync("/reports/2024/linshu-county", javaScript: false);
        var larger = page.GetByRole(AriaRole.Link, new() { Name = "特大", Exact = true });
        var titleBefore = await page.EvalOnSelectorAsync<double>("h1", "h => h.getBoundingClientRect().top");

        Assert.False(await larger.IsVisibleAsync());
        await page.GetByText("阅读设置", new() { Exact = true }).ClickAsync();

        Assert.True(await larger.IsVisibleAsync());
        Assert.True(await page.EvalOnSelectorAsync<double>("h1", "h => h.getBoundingClientRect().top") > titleBefore, "the panel should push the page down, not cover it");
        await larger.ClickAsync();
        Assert.Equal("xlarge", await page.EvaluateAsync<string>("() => document.documentElement.dataset.textSize"));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// 繁體 sits beside 退出长者模式, one tap each way, and the toolbar keeps one row at 特大 so the report keeps its
    /// first screen: the two longer labels take two lines, broken between their words, never inside one.
    /// </summary>
    [Theory]
    [InlineData("large")]
    [InlineData("xlarge")]
    public async Task Script_SitsBesideTheModeSwitch_AndTheToolbarKeepsOneRow(string size)
    {
        var page = await OpenPhoneAsync("/reports/2024/linshu-county", size, javaScript: false);
        var traditional = page.GetByRole(AriaRole.Link, new() { Name = "繁體", Exact = true });

        var switchTop = await PageMeasurements.TopAsync(page, ".toolbar .mode-switch");
        Assert.Equal(switchTop, await PageMeasurements.TopAsync(page, ".toolbar .script-switch"), 0.5);
        Assert.Equal(switchTop, await PageMeasurements.TopAsync(page, ".aids__toggle"), 0.5);
        Assert.Equal(["退出", "长者模式"], Assert.Single(await PageMeasurements.LinesAsync(page, ".toolbar .mode-switch")));
        Assert.Equal(["阅读", "设置"], Assert.Single(await PageMeasurements.LinesAsync(page, ".aids__toggle")));
        var box = await traditional.BoundingBoxAsync();
        Assert.True(box!.Width >= 59.5 && box.Height >= 59.5, $"文字's switch is {box.Width:0} × {box.Height:0} px");
        await traditional.ClickAsync();

        Assert.Equal("zh-Hant", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(size, await page.EvaluateAsync<string>("() => document.documentElement.dataset.textSize"));
        Assert.Equal("閱讀設置", (await page.Locator(".aids__toggle").TextContentAsync())!.Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "简体", Exact = true }).ClickAsync();
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReadingSettings_OpenByKeyboard_WithAVisibleFocusOnEveryStep()
    {
        var page = await OpenPhoneAsync("/reports/2024/linshu-county");

        var focused = new List<string>();
        for (var i = 0; i < 8 && !focused.Contains("阅读设置"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        }

        Assert.Contains("阅读设置", focused);
        Assert.True(await FocusIsVisibleAsync(page), "the 阅读设置 toggle should show its focus");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvalOnSelectorAsync<bool>("details.aids", "d => d.open"));

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("特大", await page.EvaluateAsync<string>("() => document.activeElement.textContent.replace('✓', '').trim()"));
        Assert.True(await FocusIsVisibleAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.textSize === 'xlarge'");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("large", "black-on-white")]
    [InlineData("large", "yellow-on-black")]
    [InlineData("xlarge", "black-on-white")]
    [InlineData("xlarge", "yellow-on-black")]
    public async Task TheChosenOption_IsFilledAndTicked_TheOthersOutlined_AllAtAaaContrast(string size, string scheme)
    {
        var page = await OpenPhoneAsync("/reports/2024/linshu-county", size, scheme);
        await page.GetByText("阅读设置", new() { Exact = true }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"phone-elder-{size}-{scheme}-settings-open.png") });

        var options = await page.EvalOnSelectorAllAsync<OptionLook[]>(".aids__option", """
            els => els.map(e => ({
              text: e.textContent.trim(),
              current: e.getAttribute('aria-current') === 'true',
              background: getComputedStyle(e).backgroundColor,
              tick: getComputedStyle(e, '::before').content,
            }))
            """);
        var pageBackground = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
        var weak = await ContrastProbe.LowestAsync(page, below: 7);

        Assert.Equal(2, options.Count(o => o.Current));
        Assert.All(options, o =>
        {
            Assert.Equal(o.Current, o.Background != pageBackground);
            Assert.Equal(o.Current, o.Tick.Contains('✓', StringComparison.Ordinal));
        });
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Colour} on {s.Background}: {s.Text}")));
        await page.Context.CloseAsync();
    }

    private static Task<bool> FocusIsVisibleAsync(IPage page) =>
        page.EvaluateAsync<bool>("""
            () => {
              const s = getComputedStyle(document.activeElement);
              return document.activeElement.matches(':focus-visible') && (parseFloat(s.outlineWidth) >= 3 || s.boxShadow !== 'none');
            }
            """);

    public sealed record OptionLook
    {
        public string Text { get; init; } = string.Empty;

        public bool Current { get; init; }

        public string Background { get; init; } = string.Empty;

        public string Tick { get; init; } = string.Empty;
    }
}
