using Microsoft.Playwright;
using static LinshuReports.Browser.Tests.ReadingSettingsUnderTest;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// The report page as a reader on a 375 × 812 phone meets it: the title, one publication line, the contents one tap
/// away and the text on the first screen; the 信息公开 record a table, folded on a phone in 长者浏览模式.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReaderFirstTests(BrowserFixture browser)
{
    private const string Report = "/reports/2024/linshu-county";

    /// <summary>A record with every field filled, from the sample reports.</summary>
    private const string FullRecord = "/reports/2023/qingyun-town";

    private async Task<IPage> OpenPhoneAsync(string baseUrl, string path, string setting, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            JavaScriptEnabled = javaScript,
        });
        await context.AddCookiesAsync([new Cookie { Name = "reading", Value = setting, Url = baseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + path);
        return page;
    }

    [Theory]
    [InlineData(Standard, 716, "临沭县人民政府")]                 // the first screen
    [InlineData(Elder, 740, "临沭县人民政府")]                    // the first screen
    [InlineData(YellowOnBlack, 740, "临沭县人民政府")]
    [InlineData(ExtraLarge, 1218, "临沭县人民政府")]              // within one and a half screens
    [InlineData(ExtraLargeYellowOnBlack, 1218, "临沭县人民政府")]
    [InlineData(StandardTraditional, 716, "臨沭縣人民政府")]
    [InlineData(ExtraLargeTraditional, 1218, "臨沭縣人民政府")]
    public async Task OnAPhone_TheTitlePublicationLineAndContents_LeadStraightToTheText(string setting, double limit, string publisher)
    {
        var page = await OpenPhoneAsync(browser.BaseUrl, Report, setting, javaScript: false);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"first-screen-{setting}-375.png") });

        var title = await PageMeasurements.TopAsync(page, "h1");
        var byline = await PageMeasurements.TopAsync(page, ".byline");
        var contents = await PageMeasurements.TopAsync(page, ".contents");
        var text = await PageMeasurements.TopAsync(page, ".report__body p");

        Assert.True(text <= limit, $"the first paragraph starts at {text:0} px; the limit is {limit:0} px");
        Assert.True(title < byline && byline < contents && contents < text, $"h1 {title:0}, publication line {byline:0}, contents {contents:0}, text {text:0}");
        // The 2024 report's record gives no 发布日期, so the line names the publisher and invents no date.
        Assert.Equal(publisher, (await page.Locator(".byline").InnerTextAsync()).Trim());
        Assert.False(await page.Locator(".contents__list").IsVisibleAsync(), "the contents should be folded behind 目录");
        await page.Locator(".contents summary").ClickAsync();
        Assert.True(await page.Locator(".contents__list").IsVisibleAsync(), "目录 should open the contents without JavaScript");
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int, int> EverySettingOnAPhoneAndADesktop()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var setting in new[] { Standard, Elder, YellowOnBlack, ExtraLarge, ExtraLargeYellowOnBlack, StandardTraditional, ExtraLargeTraditional, ExtraLargeYellowOnBlackTraditional })
        {
            data.Add(setting, 375, 812);
            data.Add(setting, 1280, 800);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySettingOnAPhoneAndADesktop))]
    public async Task TheFirstScreen_ShowsTwoLinesOfTheReportsText(string setting, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await context.AddCookiesAsync([new Cookie { Name = "reading", Value = setting, Url = browser.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + Report);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"first-screen-{setting}-{width}x{height}.png") });

        var text = await PageMeasurements.TopAsync(page, ".report__body p");
        var line = (await PageMeasurements.TextOfAsync(page, ".report__body p")).LineHeight;

        Assert.True(text + 2 * line <= height, $"the first paragraph starts at {text:0} px: its second line ends at {text + 2 * line:0} px of {height}");
        await context.CloseAsync();
    }

    [Fact]
    public async Task ThePublicationLine_GivesTheDate_WhenTheRecordHasOne()
    {
        var page = await OpenPhoneAsync(browser.RichContentBaseUrl, FullRecord, Standard);

        Assert.Equal("临沭县青云镇人民政府 · 2024年3月28日", (await page.Locator(".byline").InnerTextAsync()).Trim());
        Assert.Equal("2024-03-28", await page.Locator(".byline time").GetAttributeAsync("datetime"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 2)]
    [InlineData(375, 1)]
    public async Task TheRecord_IsATableOfAlignedPairs_InTheTextColour(int width, int columns)
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, FullRecord, width, ("reading", Standard));
        await PageMeasurements.OpenFoldsAsync(page);

        var cells = await page.EvalOnSelectorAllAsync<Cell[]>(".facts dt, .facts dd", """
            els => els.map(e => ({ tag: e.tagName, left: Math.round(e.getBoundingClientRect().left), top: Math.round(e.getBoundingClientRect().top), colour: getComputedStyle(e).color }))
            """);
        var text = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.report__body p')).color");
        var values = cells.Where(c => c.Tag == "DD").ToList();
        var labels = cells.Where(c => c.Tag == "DT").ToList();

        Assert.Equal(8, values.Count);
        Assert.True(values.Select(v => v.Left).Distinct().Count() == columns, "values start at x = " + string.Join(", ", values.Select(v => v.Left)));
        Assert.True(labels.Select(l => l.Left).Distinct().Count() == columns, "labels start at x = " + string.Join(", ", labels.Select(l => l.Left)));
        Assert.All(values, v => Assert.Equal(text, v.Colour));
        // The record lines up with the text column: beside the contents on a desktop, the page's column on a phone.
        var edges = await page.EvaluateAsync<double[]>("""
            () => [document.querySelector('.facts-box'), document.querySelector('.report__body')].flatMap(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })
            """);
        Assert.True(Math.Abs(edges[0] - edges[2]) <= 1 && Math.Abs(edges[1] - edges[3]) <= 1, $"the record spans {edges[0]:0}–{edges[1]:0} px, the text {edges[2]:0}–{edges[3]:0} px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Standard, 375)]
    [InlineData(Elder, 375)]
    [InlineData(ExtraLarge, 375)]
    [InlineData(ExtraLarge, 1280)]
    [InlineData(Standard, 1280)]
    public async Task TheIndexNumber_IsNeverBrokenInsideItsParts(string setting, int width)
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, FullRecord, width, ("reading", setting));
        await PageMeasurements.OpenFoldsAsync(page);

        var lines = (await PageMeasurements.LinesAsync(page, ".facts__code")).Single();

        Assert.Equal("11371329MB28XXXXXX/2024-00012", string.Concat(lines));
        Assert.True(lines.Length == 1 || (lines.Length == 2 && lines[0] == "11371329MB28XXXXXX/"), string.Join(" | ", lines));
        Assert.False(await PageMeasurements.ScrollsSidewaysAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Elder, 375)]
    [InlineData(ExtraLarge, 375)]
    [InlineData(YellowOnBlack, 375)]
    [InlineData(ExtraLargeYellowOnBlack, 375)]
    [InlineData(Elder, 1280)]
    [InlineData(ExtraLarge, 1280)]
    public async Task InElderMode_TheFullRecordFolds_BehindAToggleSayingWhatItHolds(string setting, int width)
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, FullRecord, width, ("reading", setting));
        var toggle = page.Locator(".facts-box summary");

        var byline = await page.Locator(".byline").BoundingBoxAsync();
        var record = await page.Locator(".facts-box").BoundingBoxAsync();
        var toggleBox = await toggle.BoundingBoxAsync();

        Assert.True(await page.Locator(".byline").IsVisibleAsync());
        Assert.False(await page.Locator(".facts").IsVisibleAsync());
        Assert.True(record!.Y + record.Height - byline!.Y <= 220, $"publication line and closed record are {record.Y + record.Height - byline.Y:0} px tall");
        Assert.True(toggleBox!.Height >= 59.5, $"the toggle is {toggleBox.Height:0} px tall");
        Assert.Equal("信息公开：索引号等 8 项", (await toggle.InnerTextAsync()).Trim());
        await toggle.ClickAsync();
        Assert.True(await page.Locator(".facts").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    public sealed record Cell
    {
        public string Tag { get; init; } = string.Empty;

        public double Left { get; init; }

        public double Top { get; init; }

        public string Colour { get; init; } = string.Empty;
    }
}
