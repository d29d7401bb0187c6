using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>Every elder type size and colour scheme, measured in chromium: AAA contrast, sizes, reflow.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SizeAndColourTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string, int> Combinations()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var path in new[] { "/", "/reports/2024/linshu-county" })
        {
            foreach (var size in new[] { "large", "xlarge" })
            {
                foreach (var scheme in new[] { "black-on-white", "yellow-on-black" })
                {
                    data.Add(path, size, scheme, 375);
                }
            }
        }

        data.Add("/reports/2024/linshu-county", "xlarge", "yellow-on-black", 1280);
        data.Add("/reports/2024/linshu-county", "large", "yellow-on-black", 1280);
        return data;
    }

    private Task<IPage> OpenAsync(string path, string size, string scheme, int width) =>
        browser.OpenAsync(path, width, ("reading", $"elder.{size}.{scheme}"));

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task EverySizeAndScheme_PassesAxeWithAaaContrast_AndMeasures7To1(string path, string size, string scheme, int width)
    {
        var page = await OpenAsync(path, size, scheme, width);
        var name = path == "/" ? "home" : "report";
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"{name}-elder-{size}-{scheme}-{width}.png"), FullPage = false });

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            Rules = new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new() { Enabled = true } },
        });
        var weak = await ContrastProbe.LowestAsync(page, below: 7);

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Colour} on {s.Background}: {s.Text}")));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("large", 24, 40)]
    [InlineData("xlarge", 30, 48)]
    public async Task EachSizeStep_HasItsBodyAndHeadingSize(string size, double body, double heading)
    {
        var page = await OpenAsync("/reports/2024/linshu-county", size, "black-on-white", 375);

        var paragraph = await PageMeasurements.TextOfAsync(page, ".report__body p");
        var h1 = await PageMeasurements.TextOfAsync(page, "h1");
        var h2 = await PageMeasurements.TextOfAsync(page, ".report__body h2");
        var h3 = await PageMeasurements.TextOfAsync(page, ".report__body h3");

        Assert.True(paragraph.FontSize >= body, $"body {paragraph.FontSize}px");
        Assert.True(h1.FontSize >= heading, $"h1 {h1.FontSize}px");
        // Size, not only weight, tells a (一) heading from the text: at least 1.2 × the body, and the 一、 above it larger still.
        Assert.True(h3.FontSize >= 1.2 * paragraph.FontSize, $"h3 {h3.FontSize}px on a {paragraph.FontSize}px body");
        Assert.True(h2.FontSize >= 1.1 * h3.FontSize, $"h2 {h2.FontSize}px over an h3 of {h3.FontSize}px");
        Assert.True(paragraph.LineHeight >= 1.8 * paragraph.FontSize);
        Assert.True(paragraph.MarginBottom >= 1.3 * paragraph.LineHeight);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "xlarge", "yellow-on-black")]
    [InlineData("/reports/2024/linshu-county", "xlarge", "black-on-white")]
    [InlineData("/reports/2024/linshu-county", "large", "yellow-on-black")]
    [InlineData("/accessibility", "xlarge", "black-on-white")]
    public async Task EveryStep_ReflowsAt320(string path, string size, string scheme)
    {
        var page = await OpenAsync(path, size, scheme, 320);

        Assert.False(await PageMeasurements.ScrollsSidewaysAsync(page));
        var targets = await PageMeasurements.VisibleTargetsAsync(page);
        Assert.All(targets, t => Assert.True(t.Width >= 59.5 && t.Height >= 59.5, $"{t.Width:0}×{t.Height:0}: {t.Html}"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SizeAndScheme_SwitchWithoutJavaScript_AndPersist()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/reports/2024/linshu-county");

        await page.GetByRole(AriaRole.Link, new() { Name = "长者浏览模式" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "特大", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "黑底黄字" }).ClickAsync();
        await page.GotoAsync(browser.BaseUrl + "/");

        Assert.Equal("xlarge", await page.EvaluateAsync<string>("() => document.documentElement.dataset.textSize"));
        Assert.Equal("yellow-on-black", await page.EvaluateAsync<string>("() => document.documentElement.dataset.colourScheme"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor"));
        Assert.Equal("true", await page.GetByRole(AriaRole.Link, new() { Name = "特大", Exact = true }).GetAttributeAsync("aria-current"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task ElderMode_UsesTheLargeCursorFromTheSite()
    {
        var page = await OpenAsync("/reports/2024/linshu-county", "large", "black-on-white", 1280);

        var cursor = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.report__body p')).cursor");
        var size = await page.EvaluateAsync<int[]>("""
            async () => { const img = new Image(); img.src = '/img/cursor-large.png'; await img.decode(); return [img.naturalWidth, img.naturalHeight]; }
            """);

        Assert.Contains("/img/cursor-large.png", cursor, StringComparison.Ordinal);
        Assert.EndsWith("auto", cursor, StringComparison.Ordinal);
        Assert.True(size[0] >= 48 && size[1] >= 48, $"cursor is {size[0]}×{size[1]}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PrintedReport_HidesTheChromeAndContents_AndKeepsTitlePublisherAndAddress()
    {
        var page = await browser.OpenAsync("/reports/2024/linshu-county", "elder", 1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // A contents list without page numbers helps no one on paper.
        foreach (var hidden in new[] { ".toolbar", ".breadcrumbs", ".site-footer", ".back-links", ".skip-link", ".read-aloud", ".site-search", ".contents" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} should not print");
        }

        foreach (var shown in new[] { "h1", ".facts-box", ".facts", ".report__body", ".print-only" })
        {
            Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} should print");
        }

        Assert.Equal("avoid", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.report__body h2')).breakAfter"));
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 10_000);
        await page.Context.CloseAsync();
    }
}
