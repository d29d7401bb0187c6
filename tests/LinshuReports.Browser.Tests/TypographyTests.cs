using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static LinshuReports.Browser.Tests.ReadingSettingsUnderTest;

namespace LinshuReports.Browser.Tests;

/// <summary>The type as measured in chromium: a real scale, no line left with one character, no stretched gaps, names and placeholders that fit.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class TypographyTests(BrowserFixture browser)
{
    private const string Report = "/reports/2024/linshu-county";

    public static TheoryData<string, int> EachSettingAndWidth() => EachAtEachWidth();

    [Fact]
    public async Task TheStandardScale_SetsHeadingsClearlyAboveTheBody()
    {
        var page = await browser.OpenAsync(Report, 1280, ("reading", Standard));

        var body = (await PageMeasurements.TextOfAsync(page, ".report__body p")).FontSize;
        var h1 = (await PageMeasurements.TextOfAsync(page, "h1")).FontSize;
        var h2 = (await PageMeasurements.TextOfAsync(page, ".report__body h2")).FontSize;
        var h3 = (await PageMeasurements.TextOfAsync(page, ".report__body h3")).FontSize;

        Assert.True(h1 >= 1.9 * body, $"h1 {h1} px on a {body} px body");
        Assert.True(h2 >= 1.3 * body, $"h2 {h2} px on a {body} px body");
        Assert.True(h3 >= 1.1 * body, $"h3 {h3} px on a {body} px body");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(EachSettingAndWidth))]
    public async Task NoHeadingOrContentsLine_EndsWithOneCharacterAlone(string setting, int width)
    {
        var page = await browser.OpenAsync(Report, width, ("reading", setting));
        await PageMeasurements.OpenFoldsAsync(page);

        var lines = await PageMeasurements.LinesAsync(page, "h1, .report__body h2, .report__body h3, .contents a, .masthead__publisher, .masthead__purpose");
        var orphans = lines.Where(l => l.Length > 1 && Letters(l[^1]) < 2).Select(l => string.Join("|", l)).ToList();

        Assert.True(lines.Count > 20, $"only {lines.Count} headings and entries measured");
        Assert.True(orphans.Count == 0, string.Join("\n", orphans));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(EachSettingAndWidth))]
    public async Task Paragraphs_AreSetJustified_EveryLineButTheLastEndingAtTheSameEdge(string setting, int width)
    {
        var page = await browser.OpenAsync(Report, width, ("reading", setting));

        // For each paragraph, the gap between the text column's right edge and where each line's last character ends.
        var paragraphs = await PageMeasurements.CharactersAsync(page, ".report__body p");
        var rightEdges = await page.EvalOnSelectorAllAsync<double[]>(".report__body p", """
            ps => ps.filter(p => p.checkVisibility()).map(p => p.getBoundingClientRect().right - parseFloat(getComputedStyle(p).paddingRight))
            """);
        var gaps = paragraphs.Select((characters, i) => characters
                .GroupBy(c => Math.Round(c.Top))
                .Select(line => rightEdges[i] - line.Max(c => c.Right))
                .ToArray())
            .ToArray();
        var wrapping = await page.EvalOnSelectorAsync<string>(".report__body p", "p => getComputedStyle(p).textWrapStyle");

        var lines = gaps.SelectMany(p => p.SkipLast(1)).ToList();
        Assert.True(lines.Count > 50, $"only {lines.Count} full lines measured");
        Assert.True(lines.Max() < 1.5, $"a full line ends {lines.Max():F1} px short of the column's edge");
        // The last line of a paragraph starts at the left and is not stretched: at least one ends well short.
        Assert.Contains(gaps, p => p[^1] > 20);
        Assert.Equal("pretty", wrapping);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(EachSettingAndWidth))]
    public async Task TheSiteName_IsNeverSmallerThanTheLineUnderIt_AndPlaceholdersFitTheirFields(string setting, int width)
    {
        foreach (var path in new[] { "/", Report, "/search" })
        {
            var page = await browser.OpenAsync(path, width, ("reading", setting));

            var name = (await PageMeasurements.TextOfAsync(page, ".masthead__publisher")).FontSize;
            var subtitle = (await PageMeasurements.TextOfAsync(page, ".masthead__purpose")).FontSize;
            var cramped = await page.EvalOnSelectorAllAsync<string[]>("input[placeholder]", """
                els => els.filter(e => e.checkVisibility()).flatMap(e => {
                  const s = getComputedStyle(e);
                  const context = document.createElement('canvas').getContext('2d');
                  context.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
                  const needed = context.measureText(e.placeholder).width;
                  const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
                  return needed > room ? [`${e.id}: ${Math.round(needed)} px of placeholder in ${Math.round(room)} px`] : [];
                })
                """);

            Assert.True(name >= subtitle, $"{path}: the site name is {name} px, the line under it {subtitle} px");
            Assert.True(cramped.Length == 0, $"{path}: {string.Join("; ", cramped)}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task OnADesktop_AStandardLineHoldsAtMost40Characters()
    {
        var page = await browser.OpenAsync(Report, 1280, ("reading", Standard));

        // Each line's characters, a narrow one (a digit, a Latin letter, a mark the browser sets half-width in a
        // pair such as 》、) counted as half, as a typesetter counts them.
        var size = (await PageMeasurements.TextOfAsync(page, ".report__body p")).FontSize;
        var lines = (await PageMeasurements.CharactersAsync(page, ".report__body p"))
            .SelectMany(characters => characters.GroupBy(c => Math.Round(c.Top)))
            .Select(line => line.Sum(c => c.Width >= 0.75 * size ? 1 : 0.5))
            .ToArray();

        Assert.True(lines.Length > 50, $"only {lines.Length} lines measured");
        Assert.True(lines.Max() <= 40, $"a line holds {lines.Max()} characters");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(EachSettingAndWidth))]
    public async Task Breadcrumbs_AreEvenlySpaced(string setting, int width)
    {
        var page = await browser.OpenAsync(Report, width, ("reading", setting));

        // The space between one crumb's words and the next one's, the › between them included.
        var gaps = await page.EvalOnSelectorAllAsync<double[]>(".breadcrumbs li", """
            lis => {
              const boxes = lis.map(li => {
                const rects = [];
                const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const r = document.createRange();
                  r.selectNodeContents(node);
                  rects.push(...[...r.getClientRects()].filter(b => b.width > 0));
                }
                return { left: Math.min(...rects.map(b => b.left)), right: Math.max(...rects.map(b => b.right)) };
              });
              return boxes.slice(1).map((b, i) => b.left - boxes[i].right);
            }
            """);

        Assert.Equal(2, gaps.Length);
        Assert.True(Math.Abs(gaps[0] - gaps[1]) <= 1, $"the crumbs are {gaps[0]:0} and {gaps[1]:0} px apart");
        await page.Context.CloseAsync();
    }

    /// <summary>The characters of a line that are not punctuation or space: 划。 is one.</summary>
    private static int Letters(string line) => NotLetters().Replace(line, string.Empty).Length;

    [GeneratedRegex(@"[\p{P}\p{S}\s]")]
    private static partial Regex NotLetters();
}
