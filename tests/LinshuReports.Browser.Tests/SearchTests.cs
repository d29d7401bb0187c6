using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>站内搜索 in chromium: without JavaScript, in both modes, large enough in elder mode, landing on the words.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("standard", 1280)]
    [InlineData("elder", 1280)]
    [InlineData("standard", 375)]
    [InlineData("elder", 375)]
    public async Task TheOneSearchForm_WorksWithJavaScriptOff_ReachedFromTheBandOnAPhone(string mode, int width)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = width, Height = 900 } });
        await context.AddCookiesAsync([new Cookie { Name = "reading", Value = $"{mode}.large.black-on-white", Url = browser.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");

        Assert.Equal(1, await page.Locator("form[role=search]").CountAsync());
        var link = page.GetByRole(AriaRole.Link, new() { Name = "搜索", Exact = true });
        if (width < 640 || mode == "elder")
        {
            // On a phone, and in elder mode where the header holds the reading aids, the form would push the page
            // down; the band's 搜索 link leads to the search page's form.
            Assert.False(await page.Locator("form[role=search]").IsVisibleAsync());
            await link.ClickAsync();
            Assert.Equal(browser.BaseUrl + "/search", page.Url);
        }
        else
        {
            Assert.False(await link.IsVisibleAsync());
        }

        await page.GetByRole(AriaRole.Searchbox).FillAsync("行政复议");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");

        Assert.Contains("/search?q=", page.Url, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator(".search-result").CountAsync());
        Assert.Equal("行政复议", await page.Locator(".search-result mark").First.TextContentAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task OnAReport_TheOneFormOffersThisReportOnly_AndTheResultsShowTheSameFormPrefilled()
    {
        var page = await browser.OpenAsync("/reports/2024/linshu-county", "standard", 1280);

        Assert.Equal(1, await page.Locator("form[role=search]").CountAsync());
        var scope = page.GetByRole(AriaRole.Checkbox, new() { Name = "只搜本报告" });
        Assert.False(await scope.IsCheckedAsync());
        await scope.CheckAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索报告" }).FillAsync("营商环境");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索报告" }).PressAsync("Enter");

        Assert.Contains("report=2024%2Flinshu-county", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("form[role=search]").CountAsync());
        Assert.Equal("营商环境", await page.GetByRole(AriaRole.Searchbox).InputValueAsync());
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { Name = "只搜本报告" }).IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("large", 375)]
    [InlineData("large", 1280)]
    [InlineData("xlarge", 375)]
    public async Task InElderMode_TheFieldButtonAndScopeAreLargeTargetsWithLargeText(string size, int width)
    {
        var page = await browser.OpenAsync("/search?report=2024/linshu-county", width, ("reading", $"elder.{size}.black-on-white"));

        var boxes = await page.EvalOnSelectorAllAsync<double[][]>(".site-search__field, .site-search__button, .site-search__scope", """
            els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height, parseFloat(getComputedStyle(e).fontSize)]; })
            """);

        Assert.Equal(3, boxes.Length);
        Assert.All(boxes, b =>
        {
            Assert.True(b[0] >= 59.5 && b[1] >= 59.5, $"{b[0]:0}×{b[1]:0}");
            Assert.True(b[2] >= 24, $"text {b[2]} px");
        });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("行政复议")]
    [InlineData("营商环境")]
    [InlineData("（一）扎实推进")]
    public async Task AResultsLink_LandsOnTheSectionHoldingTheWords(string query)
    {
        var page = await browser.OpenAsync("/search?q=" + Uri.EscapeDataString(query), "standard", 1280);

        // Followed as the browser would follow it, without racing a click against the navigation it starts.
        var href = await page.Locator(".search-result__heading a").First.GetAttributeAsync("href");
        await page.GotoAsync(browser.BaseUrl + href);

        var hash = await page.EvaluateAsync<string>("() => location.hash");
        var sectionText = await page.EvaluateAsync<string>("""
            id => {
              const heading = document.getElementById(id);
              let text = heading.textContent;
              for (let e = heading.nextElementSibling; e && !/^H[23]$/.test(e.tagName); e = e.nextElementSibling) text += e.textContent;
              return text;
            }
            """, hash.TrimStart('#'));
        var folded = query.Normalize(System.Text.NormalizationForm.FormKC);

        Assert.Matches("^#part-[0-9-]+$", hash);
        Assert.Contains(folded, sectionText.Normalize(System.Text.NormalizationForm.FormKC), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int> ModesAndWidths() => new() { { "standard", 1280 }, { "standard", 375 }, { "elder", 1280 }, { "elder", 375 } };

    [Theory]
    [MemberData(nameof(ModesAndWidths))]
    public async Task TheResultsPage_IsTenShortResults_WithoutWcagViolations(string mode, int width)
    {
        var page = await browser.OpenAsync("/search?q=" + Uri.EscapeDataString("法治"), mode, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"search-results-{mode}-{width}.png"), FullPage = true });

        // Each result's height in lines of its snippet's text, not counting the line naming its part, and the screen's height.
        var measures = await page.EvalOnSelectorAllAsync<double[]>(".search-result", """
            els => els.map(e => (e.getBoundingClientRect().height - (e.querySelector('.search-result__part')?.getBoundingClientRect().height ?? 0))
              / parseFloat(getComputedStyle(e.querySelector('.search-result__snippet')).lineHeight))
            """);
        var results = await page.EvalOnSelectorAllAsync<double[]>(".search-result", "els => els.map(e => e.getBoundingClientRect().height)");
        var screen = await page.EvaluateAsync<double>("() => window.innerHeight");
        var rules = mode == "elder" ? new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new() { Enabled = true } } : [];
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            Rules = rules,
        });

        Assert.Equal(10, measures.Length);
        // A few lines each: the heading (a 44 or 60 px target), the snippet, the space between; the widest elder text still within ten.
        var most = mode == "elder" && width == 375 ? 9 : 7.5;
        Assert.True(measures.All(lines => lines is >= 2 && lines <= most), string.Join(" ", measures.Select(m => m.ToString("0.0", CultureInfo.InvariantCulture))));
        // In elder mode about two screens of text per three results, on the phone too.
        Assert.True(results.Take(3).Sum() <= 2 * screen, $"three results take {results.Take(3).Sum():0} px, a screen is {screen:0} px");
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task AResult_IsItsSectionsShortHeading_AndNeverRepeatsIt(string mode)
    {
        var page = await browser.OpenAsync("/search?q=" + Uri.EscapeDataString("普法"), mode, 375);

        var headings = await page.Locator(".search-result__heading a").AllTextContentsAsync();
        var snippets = await page.Locator(".search-result__snippet").AllTextContentsAsync();

        var parts = await page.Locator(".search-result__part").AllTextContentsAsync();
        // Each mark sits in the text without a gap: no padding or margin beside it.
        var markSpacing = await page.EvalOnSelectorAllAsync<double[]>("mark", """
            ms => ms.flatMap(m => { const s = getComputedStyle(m); return [s.paddingLeft, s.paddingRight, s.marginLeft, s.marginRight].map(parseFloat); })
            """);

        Assert.Equal(["（四）加大全民学法普法用法力度。", "（四）赋能公共法律服务，群众法治获得感不断增强。", "（四）法治宣传实效不够精准。"], headings);
        // Three (四) from three parts: each result names its part.
        Assert.Equal(["四、2025年推进法治政府建设的主要安排", "一、2024年度推进法治政府建设的主要举措和成效", "三、2024年度推进法治政府建设存在的不足和原因"], parts);
        Assert.Equal("普法", await page.Locator(".search-result__heading a mark").First.TextContentAsync());
        Assert.All(markSpacing, spacing => Assert.Equal(0, spacing));
        Assert.All(headings.Zip(snippets), pair => Assert.DoesNotContain(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".search-result__report").CountAsync());
        await page.Context.CloseAsync();
    }
}
