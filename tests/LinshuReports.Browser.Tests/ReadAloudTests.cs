using LinshuReports.TestSupport;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>朗读, driven through a stubbed speechSynthesis: what is read, in what order and language, and the controls.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReadAloudTests(BrowserFixture browser)
{
    private const string Report = "/reports/2024/linshu-county";

    private async Task<IPage> OpenWithSpeechAsync(string initScript, string mode = "standard")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddCookiesAsync([new Cookie { Name = "reading", Value = $"{mode}.large.black-on-white", Url = browser.BaseUrl }]);
        await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + Report);
        return page;
    }

    private static Task<string[]> SpokenAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => speechSynthesis.spoken.map(s => s.text)");

    private static Task<string> HighlightedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('.is-reading')?.textContent.trim() ?? ''");

    private static async Task FinishUtteranceAsync(IPage page) => await page.EvaluateAsync("() => speechSynthesis.finish()");

    private static Task<string> StatusAsync(IPage page) => page.Locator("[data-status]").TextContentAsync()!;

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task ReadAll_ReadsTheReportInOrderInChinese_AndTheHighlightFollows(string mode)
    {
        var page = await OpenWithSpeechAsync(FakeSpeech.Script("zh-CN"), mode);
        Assert.Empty(await SpokenAsync(page));
        if (mode == "elder")
        {
            // In elder mode the controls fold behind 朗读 at every width, so that the text comes first.
            await page.Locator(".read-aloud summary").ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "朗读全文" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((await SpokenAsync(page))[^1], await HighlightedAsync(page));
            await FinishUtteranceAsync(page);
        }

        var spoken = await SpokenAsync(page);
        var paragraphs = SeedReport.BodyParagraphs;
        // What is read is what the page shows: the seed's words, its , and (一) in Chinese text set full-width.
        Assert.Equal(SeedReport.WidthFolded(paragraphs[0]), SeedReport.WidthFolded(spoken[0]));
        Assert.Equal(paragraphs[1], spoken[1]);
        Assert.Equal("（一）扎实推进依法行政，政府公信力执行力持续增强。", spoken[2]);
        Assert.StartsWith("一是全面落实权责清单制度", spoken[3], StringComparison.Ordinal);
        Assert.All(await page.EvaluateAsync<string[]>("() => speechSynthesis.spoken.map(s => s.lang)"), lang => Assert.Equal("zh-CN", lang));
        Assert.Equal(spoken[^1], await HighlightedAsync(page));
        Assert.Equal("开始朗读全文", await StatusAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"read-aloud-{mode}.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PauseResumeAndStop_WorkAndAreAnnounced()
    {
        var page = await OpenWithSpeechAsync(FakeSpeech.Script("zh-CN"));
        await page.GetByRole(AriaRole.Button, new() { Name = "朗读全文" }).ClickAsync();
        var pause = page.Locator("[data-pause]");

        await pause.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => speechSynthesis.paused"));
        Assert.Equal("继续", await pause.TextContentAsync());
        Assert.Equal("已暂停", await StatusAsync(page));

        await pause.ClickAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => speechSynthesis.paused"));
        Assert.Equal("继续朗读", await StatusAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "停止" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<int>("() => speechSynthesis.cancelled") >= 1);
        Assert.Equal(string.Empty, await HighlightedAsync(page));
        Assert.Equal("已停止朗读", await StatusAsync(page));
        Assert.True(await pause.IsDisabledAsync());
        await FinishUtteranceAsync(page);
        Assert.Single(await SpokenAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReadSection_StartsAtThatSection_AtTheChosenSpeed()
    {
        var page = await OpenWithSpeechAsync(FakeSpeech.Script("zh-CN"));
        var sectionButtons = page.GetByRole(AriaRole.Button, new() { Name = "朗读本节" });
        Assert.Equal(4, await sectionButtons.CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "快" }).ClickAsync();
        await sectionButtons.Nth(2).ClickAsync();

        var first = await page.EvaluateAsync<double[]>("() => [speechSynthesis.spoken.length, speechSynthesis.spoken[0].rate]");
        Assert.Equal("三、2024年度推进法治政府建设存在的不足和原因", (await SpokenAsync(page))[0]);
        Assert.Equal(1.3, first[1], 2);
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "快" }).GetAttributeAsync("aria-pressed"));

        for (var i = 0; i < 9; i++)
        {
            await FinishUtteranceAsync(page);
        }

        var spoken = await SpokenAsync(page);
        Assert.Equal(9, spoken.Length);
        Assert.DoesNotContain(spoken, s => s.StartsWith("四、", StringComparison.Ordinal));
        Assert.Equal("朗读完毕", await StatusAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData(null)]
    public async Task WithoutAChineseVoice_TheControlsAreAbsent(string? voice)
    {
        var page = await OpenWithSpeechAsync(voice is null ? FakeSpeech.None : FakeSpeech.Script(voice));

        Assert.False(await page.Locator("[data-read-aloud]").IsVisibleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "朗读本节" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithJavaScriptOff_TheControlsAreAbsent()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + Report);

        Assert.False(await page.Locator("[data-read-aloud]").IsVisibleAsync());
        // The search forms' submit buttons work without JavaScript; no other button may be left without it.
        Assert.All(await page.GetByRole(AriaRole.Button).AllInnerTextsAsync(), name => Assert.Equal("搜索", name));
        await context.CloseAsync();
    }
}
