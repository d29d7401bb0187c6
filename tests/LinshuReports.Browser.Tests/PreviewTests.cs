using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LinshuReports.Clerk.Preview;
using LinshuReports.Import.Drafting;
using LinshuReports.TestSupport;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>The preview's banner and problem list in a real browser: accessible in both modes, and on paper.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PreviewTests(BrowserFixture browser) : IAsyncLifetime, IDisposable
{
    private readonly TempContentFolder _folder = new();
    private KestrelSite? _site;

    public async Task InitializeAsync()
    {
        _folder.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));
        // What `new 2025` writes, and a report that lost its draft mark before its placeholder was filled.
        _folder.Write("2025-linshu-county.md", AnnualReportOutline.For(2025, []).Markdown);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, body: "## 一、总体情况\n\n（待填写）\n"));
        _site = KestrelSite.Serving(_folder.Path, replaceServices: services => services.AddPreviewMode());
        await _site.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("/", "standard")]
    [InlineData("/", "elder")]
    [InlineData("/reports/2025/linshu-county", "standard")]
    [InlineData("/reports/2025/linshu-county", "elder")]
    public async Task ThePreviewBanner_IsAccessible_InBothModes_AndPrints(string path, string mode)
    {
        var page = await browser.OpenOnAsync(_site!.BaseUrl, path, 375, ("reading", $"{mode}.large.black-on-white"));
        var name = path == "/" ? "home" : "draft";
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"preview-{name}-{mode}-375.png"), FullPage = true });

        var banner = page.Locator("main .preview-banner");
        Assert.True(await banner.IsVisibleAsync());
        Assert.Contains("预览", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(path == "/" ? "2023-linshu-county.md:10" : "草稿", await banner.InnerTextAsync(), StringComparison.Ordinal);

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            Rules = mode == "elder" ? new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new() { Enabled = true } } : [],
        });
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await banner.IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
