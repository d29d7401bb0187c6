namespace LinshuReports.Browser.Tests;

/// <summary>The numbers 长者浏览模式 answers to, measured in a real browser on every kind of page.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ElderModeTests(BrowserFixture browser)
{
    private const string Report = "/reports/2024/linshu-county";

    /// <summary>Results for 行政复议, which the 2024 report holds in two places.</summary>
    private const string Search = "/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE";

    public static TheoryData<string, int> PagesAndWidths() => new()
    {
        { "/", 1280 }, { "/", 375 }, { Report, 1280 }, { Report, 375 }, { "/no-such-page", 375 }, { Search, 375 }, { Search, 1280 },
    };

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task ElderText_IsLargeWithGenerousLinesAndParagraphs(string path, int width)
    {
        var page = await browser.OpenAsync(path, "elder", width);

        var h1 = await PageMeasurements.TextOfAsync(page, "h1");
        var paragraph = await PageMeasurements.TextOfAsync(page, path == Report ? ".report__body p" : "main p");

        Assert.True(h1.FontSize >= 40, $"h1 is {h1.FontSize}px");
        Assert.True(paragraph.FontSize >= 24, $"body text is {paragraph.FontSize}px");
        Assert.True(paragraph.LineHeight >= 1.8 * paragraph.FontSize, $"line height {paragraph.LineHeight}px for {paragraph.FontSize}px text");
        Assert.True(paragraph.MarginBottom >= 1.3 * paragraph.LineHeight, $"paragraph gap {paragraph.MarginBottom}px for {paragraph.LineHeight}px lines");
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int, string, double> TargetCases()
    {
        var data = new TheoryData<string, int, string, double>();
        foreach (var (path, width) in PagesAndWidths().Select(row => ((string)row[0], (int)row[1])))
        {
            data.Add(path, width, "elder", 59.5);     // MIIT: 60 × 60 in the elder interface
            data.Add(path, width, "standard", 44);    // WCAG 2.5.5 (AAA), MIIT outside the elder interface: 44 × 44
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TargetCases))]
    public async Task ControlsAndNavigationLinks_AreLargeEnoughToHit(string path, int width, string mode, double minimum)
    {
        var page = await browser.OpenAsync(path, mode, width);

        var targets = await PageMeasurements.VisibleTargetsAsync(page);

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(t.Width >= minimum && t.Height >= minimum, $"{t.Width:0}×{t.Height:0}: {t.Html}"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task ElderText_HasAtLeast7To1ContrastEverywhere(string path, int width)
    {
        var page = await browser.OpenAsync(path, "elder", width);

        var weak = await ContrastProbe.LowestAsync(page, below: 7);

        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Colour} on {s.Background}: {s.Text}")));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task ElderReport_IsOneColumnWithTheContentsAtTheTop(int width)
    {
        var page = await browser.OpenAsync(Report, "elder", width);

        var layout = await page.EvaluateAsync<double[]>("""
            () => {
              const c = document.querySelector('.contents').getBoundingClientRect();
              const b = document.querySelector('.report__body').getBoundingClientRect();
              return [c.left, b.left, c.bottom, b.top, b.width];
            }
            """);

        Assert.Equal(layout[0], layout[1], 1);
        Assert.True(layout[2] <= layout[3], "the contents list sits above the text");
        var charactersPerLine = layout[4] / 24;
        Assert.InRange(charactersPerLine, 12, 30);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BothModes_ShowEveryParagraph()
    {
        var counts = new List<int>();
        foreach (var mode in new[] { "standard", "elder" })
        {
            var page = await browser.OpenAsync(Report, mode, 375);
            counts.Add(await page.EvalOnSelectorAllAsync<int>(".report__body p, .report__body h2, .report__body h3", "els => els.filter(e => e.checkVisibility()).length"));
            await page.Context.CloseAsync();
        }

        Assert.Equal(16 + 4 + 15, counts[0]); // paragraphs, sections and subsections of the 2024 report
        Assert.Equal(counts[0], counts[1]);
    }

    [Theory]
    [InlineData("/", "standard")]
    [InlineData("/", "elder")]
    [InlineData(Report, "standard")]
    [InlineData(Report, "elder")]
    [InlineData("/no-such-page", "elder")]
    public async Task Page_ReflowsAt320WithoutSidewaysScrolling(string path, string mode)
    {
        var page = await browser.OpenAsync(path, mode, 320);

        Assert.False(await PageMeasurements.ScrollsSidewaysAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Report)]
    public async Task ElderLinks_AreUnderlined_ExceptThoseDrawnAsButtons(string path)
    {
        var page = await browser.OpenAsync(path, "elder", 1280);

        var plain = await page.EvalOnSelectorAllAsync<string[]>("a:not(.mode-switch):not(.script-switch):not(.aids__option):not(.masthead__search):not(.skip-link)", """
            links => links.filter(a => a.checkVisibility() && !getComputedStyle(a).textDecorationLine.includes('underline')).map(a => a.outerHTML.slice(0, 80))
            """);

        Assert.Empty(plain);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("elder", 59.5)]
    [InlineData("standard", 24)]
    public async Task SkipLink_AppearsOnFirstTabAndIsLargeEnough(string mode, double minimum)
    {
        var page = await browser.OpenAsync(Report, mode, 375);

        await page.Keyboard.PressAsync("Tab");
        var box = await page.EvaluateAsync<double[]>("() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.width, r.height]; }");

        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(box[0] >= 0, "the focused skip link is on screen");
        Assert.True(box[1] >= minimum && box[2] >= minimum, $"{box[1]:0}×{box[2]:0}");
        await page.Context.CloseAsync();
    }
}
