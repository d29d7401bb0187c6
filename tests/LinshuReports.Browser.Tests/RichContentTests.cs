using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// Reports of any shape and publisher (a town, a department) with tables, nested lists, quotes, footnotes,
/// an image and an attachment: readable and accessible in both modes, on a phone too.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RichContentTests(BrowserFixture browser)
{
    private const string TownReport = "/reports/2023/qingyun-town";

    public static TheoryData<string, int> ModesAndWidths() => new()
    {
        { "standard", 1280 }, { "standard", 375 }, { "elder", 1280 }, { "elder", 375 },
    };

    [Theory]
    [MemberData(nameof(ModesAndWidths))]
    public async Task RichReport_IsAccessibleInEitherMode(string mode, int width)
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, TownReport, width, ("reading", $"{mode}.large.black-on-white"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"rich-report-{mode}-{width}.png"), FullPage = true });

        var rules = mode == "elder" ? new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new() { Enabled = true } } : [];
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            Rules = rules,
        });

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        if (mode == "elder")
        {
            var weak = await ContrastProbe.LowestAsync(page, below: 7);
            Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Text}")));
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task WideTable_ScrollsInItsOwnBoxAndThePageStillReflowsAt320(string mode)
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, TownReport, 320, ("reading", $"{mode}.large.black-on-white"));

        Assert.False(await PageMeasurements.ScrollsSidewaysAsync(page));
        var table = await page.EvaluateAsync<bool[]>("""
            () => { const box = document.querySelector('.table-wrap'); return [box.scrollWidth > box.clientWidth, box.tabIndex === 0]; }
            """);
        Assert.True(table[0], "the table should scroll inside its box");
        Assert.True(table[1], "the table box should take keyboard focus");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImageAndAttachment_ComeFromTheReportsOwnAddress()
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, TownReport, 1280, ("reading", "standard.large.black-on-white"));

        var image = await page.EvaluateAsync<string[]>("""
            async () => { const img = document.querySelector('.report__body img'); await img.decode(); return [img.getAttribute('src'), String(img.naturalWidth), img.alt]; }
            """);
        var attachment = await page.Locator(".report__body a", new() { HasTextString = "样例附件" }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(browser.RichContentBaseUrl + attachment);

        Assert.Equal("/reports/2023/qingyun-town/files/chart.png", image[0]);
        Assert.Equal("480", image[1]);
        Assert.Equal("样例柱状图：四个季度的案件数量", image[2]);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DepartmentReport_IsListedAndLinksToTheTownReport()
    {
        var page = await browser.OpenOnAsync(browser.RichContentBaseUrl, "/", 375, ("reading", "elder.large.black-on-white"));

        var titles = await page.Locator(".report-list h2 a").AllTextContentsAsync();
        Assert.Equal(["青云镇2023年度法治政府建设情况报告（测试样例）", "临沭县司法局2022年度法治政府建设情况报告（测试样例）"], titles);

        await page.Locator(".report-list h2 a").Nth(1).ClickAsync();
        await page.Locator(".report__body a", new() { HasTextString = "青云镇样例" }).ClickAsync();
        Assert.EndsWith(TownReport, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
