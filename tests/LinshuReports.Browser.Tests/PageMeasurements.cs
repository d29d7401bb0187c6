using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>What the browser computed for the page, read through small scripts.</summary>
public static class PageMeasurements
{
    /// <summary>Navigation links and controls: the elements that must be large enough to hit.</summary>
    public const string TargetSelector =
        ".mode-switch, .script-switch, .aids__toggle, .fold__toggle, .masthead__search, .site-search__scope, .site-search__scope input, .aids__option, .site-search__field, .site-search__button, .search-result__heading a, .pager a, .breadcrumbs a, .contents a, .back-links a, .neighbours a, .site-footer a, .masthead__home, .report-list a, .year-index a, .to-contents a";

    // Playwright fills results through property setters, so these are not positional records.
    public sealed record TextMetrics
    {
        public double FontSize { get; init; }

        public double LineHeight { get; init; }

        public double MarginBottom { get; init; }
    }

    public sealed record Box
    {
        public string Html { get; init; } = string.Empty;

        public double Width { get; init; }

        public double Height { get; init; }
    }

    public static Task<TextMetrics> TextOfAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<TextMetrics>(selector, """
            e => {
              const s = getComputedStyle(e);
              return { fontSize: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), marginBottom: parseFloat(s.marginBottom) };
            }
            """);

    public static async Task<IReadOnlyList<Box>> VisibleTargetsAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<Box[]>(TargetSelector, """
            els => els.filter(e => e.checkVisibility()).map(e => {
              const r = e.getBoundingClientRect();
              return { html: e.outerHTML.slice(0, 80), width: r.width, height: r.height };
            })
            """);

    public static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>One character as the browser set it: its text and its box.</summary>
    public sealed record CharacterBox
    {
        public string Text { get; init; } = string.Empty;

        public double Top { get; init; }

        public double Bottom { get; init; }

        public double Right { get; init; }

        public double Width { get; init; }
    }

    /// <summary>
    /// Each visible element that <paramref name="selector"/> finds, as the characters in it that are not spaces, each
    /// with the box Range.getClientRects gives it: the one walk over a page's characters that line measurements share.
    /// </summary>
    public static async Task<IReadOnlyList<CharacterBox[]>> CharactersAsync(IPage page, string selector) =>
        await page.EvalOnSelectorAllAsync<CharacterBox[][]>(selector, """
            els => els.filter(e => e.checkVisibility()).map(e => {
              const characters = [];
              const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                  if (/\s/.test(node.data[i])) continue;
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getClientRects()[0];
                  if (box) characters.push({ text: node.data[i], top: box.top, bottom: box.bottom, right: box.right, width: box.width });
                }
              }
              return characters;
            })
            """);

    /// <summary>
    /// The text of each line box of each visible element that <paramref name="selector"/> finds: a new line starts
    /// where a character sits below the previous one.
    /// </summary>
    public static async Task<IReadOnlyList<string[]>> LinesAsync(IPage page, string selector) =>
        (await CharactersAsync(page, selector)).Select(LinesOf).ToList();

    private static string[] LinesOf(CharacterBox[] characters)
    {
        var lines = new List<string>();
        var lineBottom = double.NegativeInfinity;
        foreach (var character in characters)
        {
            if (character.Top >= lineBottom - (character.Bottom - character.Top) / 2)
            {
                lines.Add(string.Empty);
                lineBottom = character.Bottom;
            }

            lines[^1] += character.Text;
        }

        return [.. lines];
    }

    /// <summary>Opens every fold (contents, record, read-aloud) so that what it holds can be measured.</summary>
    public static Task OpenFoldsAsync(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

    public static Task<double> TopAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<double>(selector, "e => e.getBoundingClientRect().top + window.scrollY");

    public static Task<string> ModeAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.documentElement.dataset.readingMode");
}
