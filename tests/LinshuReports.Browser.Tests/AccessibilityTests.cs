using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LinshuReports.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string, string, string, int> Pages()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (name, path) in new[] { ("home", "/"), ("report", "/reports/2024/linshu-county"), ("not-found", "/no-such-page"), ("search", "/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE") })
        {
            foreach (var mode in new[] { "standard", "elder" })
            {
                foreach (var width in new[] { 1280, 375 })
                {
                    data.Add(name, path, mode, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcagViolations_AndAaaContrastInElderMode(string name, string path, string mode, int width)
    {
        var page = await browser.OpenAsync(path, mode, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"{name}-{mode}-{width}.png"), FullPage = true });

        var rules = new Dictionary<string, RuleOptions>();
        if (mode == "elder")
        {
            rules["color-contrast-enhanced"] = new RuleOptions { Enabled = true };
        }

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            Rules = rules,
        });

        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        if (mode == "elder")
        {
            Assert.Contains(results.Passes, p => p.Id == "color-contrast-enhanced");
        }

        await page.Context.CloseAsync();
    }
}
