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
    public async Task Paragraphs_AreNotJustified_SoNoGapStretchesAroundDigits(string setting, int width)
    {
        var page = await browser.OpenAsync(Report, width, ("reading", setting));

        var alignments = await page.EvalOnSelectorAllAsync<string[]>(".report__body p", "ps => [...new Set(ps.map(p => getComputedStyle(p).textAlign))]");
        var wrapping = await page.EvalOnSelectorAsync<string>(".report__body p", "p => getComputedStyle(p).textWrapStyle");

        Assert.DoesNotContain("justify", alignments);
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

    /// <summary>The characters of a line that are not punctuation or space: 划。 is one.</summary>
    private static int Letters(string line) => NotLetters().Replace(line, string.Empty).Length;

    [GeneratedRegex(@"[\p{P}\p{S}\s]")]
    private static partial Regex NotLetters();
}
