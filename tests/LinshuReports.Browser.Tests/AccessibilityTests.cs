using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// axe's WCAG and best-practice rules (landmarks, unique names, headings) on every kind of page, in every reading
/// setting, at a phone's and a desktop's width; and every text measured at 7:1 (AAA), in standard mode too.
/// </summary>
[Collection(AccessibilityTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly (string Name, string Path)[] Paths =
    [
        ("home", "/"),
        ("report", "/reports/2024/linshu-county"),
        ("year", "/years/2024"),
        ("search", "/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"),
        ("search-report", "/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE&report=2024/linshu-county"),
        ("accessibility", "/accessibility"),
        ("sitemap", "/sitemap"),
        ("not-found", "/no-such-page"),
    ];

    public static TheoryData<string, string, string, int> Pages()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (name, path) in Paths)
        {
            foreach (var setting in ReadingSettingsUnderTest.Each)
            {
                foreach (var width in ReadingSettingsUnderTest.Widths)
                {
                    data.Add(name, path, setting, width);
                }
            }
        }

        // 繁體 changes the text and lang, not the layout: the report, a year and the search results in both modes.
        foreach (var (name, path) in Paths[1..4])
        {
            foreach (var setting in new[] { ReadingSettingsUnderTest.StandardTraditional, ReadingSettingsUnderTest.ExtraLargeTraditional })
            {
                foreach (var width in ReadingSettingsUnderTest.Widths)
                {
                    data.Add(name, path, setting, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_PassesAxeWcagAndBestPractice_WithEveryTextAt7To1(string name, string path, string setting, int width)
    {
        var page = await browser.OpenAsync(path, width, ("reading", setting));
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"{name}-{setting}-{width}.png"), FullPage = true });

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags },
            Rules = new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new RuleOptions { Enabled = true } },
        });
        var weak = await ContrastProbe.LowestAsync(page, below: 7);

        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        Assert.Contains(results.Passes, p => p.Id == "color-contrast-enhanced");
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Colour} on {s.Background}: {s.Text}")));
        await page.Context.CloseAsync();
    }
}
