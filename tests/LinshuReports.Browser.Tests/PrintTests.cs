using Microsoft.Playwright;
using UglyToad.PdfPig;
using static LinshuReports.Browser.Tests.ReadingSettingsUnderTest;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// Paper is its own design, whatever the reader chose on screen: black on white at one 12 pt body size, headings
/// and contents in proportion, A4 margins, "— 1 —" under every page, the 落款 at the end. Measured with print media
/// emulated in chromium, and in the PDF chromium prints.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    private const double Body = 16;   // 12 pt in CSS px

    public static TheoryData<string> Settings() => new(Each);

    private async Task<IPage> OpenPrintedAsync(string baseUrl, string path, string setting)
    {
        var page = await browser.OpenOnAsync(baseUrl, path, 1280, ("reading", setting));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        return page;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task EverySetting_PrintsDarkOnWhite_AtOneBodySize(string setting)
    {
        var page = await OpenPrintedAsync(browser.RichContentBaseUrl, "/reports/2023/qingyun-town", setting);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, $"print-{setting}.png"), FullPage = true });

        var weak = await ContrastProbe.LowestAsync(page, below: 7);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
        var body = (await PageMeasurements.TextOfAsync(page, ".report__body > p")).FontSize;
        var h1 = (await PageMeasurements.TextOfAsync(page, "h1")).FontSize;
        var contents = await page.EvalOnSelectorAllAsync<double[]>(".contents a", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))");
        var caption = (await PageMeasurements.TextOfAsync(page, ".printed-address p")).FontSize;
        // Every text but a footnote's raised number, which is smaller by convention.
        var small = await page.EvaluateAsync<string[]>("""
            limit => [...document.querySelectorAll('body *')]
              .filter(e => e.checkVisibility() && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
              .filter(e => e.localName !== 'sup')
              .filter(e => parseFloat(getComputedStyle(e).fontSize) < limit)
              .map(e => `${getComputedStyle(e).fontSize}: ${e.outerHTML.slice(0, 60)}`)
            """, Body - 0.1);

        Assert.Equal("rgb(255, 255, 255)", background);
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(s => $"{s.Ratio:0.00}:1 {s.Colour} on {s.Background}: {s.Text}")));
        Assert.Equal(Body, body, 0.1);
        Assert.True(small.Length == 0, "printed smaller than the body: " + string.Join(" | ", small));
        Assert.True(h1 <= 2.2 * Body, $"h1 {h1} px");
        Assert.All(contents, size => Assert.True(size <= 1.25 * Body, $"a contents entry at {size} px"));
        Assert.True(caption >= Body - 0.1, $"the QR caption is {caption} px");
        Assert.True(await page.Locator(".address-qr").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task ThePrintedReport_EndsWithItsSignature_AndShowsTheWholeRecordAndContents(string setting)
    {
        var page = await OpenPrintedAsync(browser.BaseUrl, "/reports/2024/linshu-county", setting);

        foreach (var hidden in new[] { ".toolbar", ".masthead__search", ".breadcrumbs", ".site-footer", ".back-links", ".fold__toggle", ".to-contents", ".contents__list" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} should not print");
        }

        // A contents list without page numbers helps no one on paper: the text follows the record on page 1.
        foreach (var shown in new[] { ".byline", ".facts", ".signature" })
        {
            Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} should print");
        }

        var signatureTop = await PageMeasurements.TopAsync(page, ".signature");
        var lastTextBottom = await page.EvalOnSelectorAsync<double>(".report__body", "b => b.getBoundingClientRect().bottom + window.scrollY");
        Assert.True(signatureTop >= lastTextBottom, "the 落款 should follow the text");
        // The 2024 report's record gives no 发布日期: the 落款 names the publisher alone.
        Assert.Equal("临沭县人民政府", (await page.Locator(".signature").InnerTextAsync()).Trim());
        // This site has no configured public address: paper gives the whole address the page was asked for.
        Assert.Equal($"本页网址：{browser.BaseUrl}/reports/2024/linshu-county", (await page.Locator(".printed-address").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(YellowOnBlack)]
    [InlineData(ExtraLarge)]
    public async Task ThePdf_IsA4_NumbersEveryPage_AndSetsTheBodyAt12Points(string setting)
    {
        var page = await OpenPrintedAsync(browser.RichContentBaseUrl, "/reports/2023/qingyun-town", setting);
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, Path = Path.Combine(browser.ScreenshotFolder, $"print-{setting}.pdf") });

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var letters = pages.SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var commonest = letters.GroupBy(l => Math.Round(l.PointSize)).OrderByDescending(g => g.Count()).First().Key;

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        foreach (var (p, number) in pages.Select((p, i) => (p, i + 1)))
        {
            Assert.True(Math.Abs(p.Width - 595) < 1 && Math.Abs(p.Height - 842) < 1, $"page {number} is {p.Width} × {p.Height} pt, not A4");
            // The number sits in the bottom margin (28 mm, about 79 pt), below the text.
            var footer = string.Concat(p.Letters.Where(l => l.BoundingBox.Top < 79).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.True(footer == $"—{number}—", $"page {number}'s bottom margin reads \"{footer}\"");
            var left = p.Letters.Min(l => l.BoundingBox.Left);
            Assert.True(left > 75, $"page {number}'s text starts {left:0} pt from the left edge, inside the 28 mm (79 pt) margin");
        }

        var textLeft = letters.Min(l => l.BoundingBox.Left);
        Assert.True(textLeft is > 75 and < 85, $"the text starts {textLeft:0} pt from the left edge, not 28 mm (79 pt)");

        Assert.True(commonest == 12, $"the body is set at {commonest} pt");
        // The text starts on page 1, under the title and the record.
        Assert.Contains("本文件是网站", pages[0].Text.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        // The 落款 is kept whole on one of the last pages: the publisher's last characters and the date on the same
        // page. The PDF's text names some characters by radicals or compatibility forms (⺠ for 民, ⽉ for 月), so only
        // characters without such forms are compared.
        var lastPages = pages.TakeLast(2).Select(p => p.Text.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains(lastPages, text => text.Contains("政府2024年3月28日", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
