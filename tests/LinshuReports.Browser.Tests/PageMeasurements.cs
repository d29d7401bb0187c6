using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>What the browser computed for the page, read through small scripts.</summary>
public static class PageMeasurements
{
    /// <summary>Navigation links and controls: the elements that must be large enough to hit.</summary>
    public const string TargetSelector =
        ".mode-switch, .aids__toggle, .aids__option, .site-search__field, .site-search__button, .search-result__heading a, .pager a, .breadcrumbs a, .contents a, .back-links a, .neighbours a, .site-footer a, .masthead__home, .report-list a, .year-index a, .to-contents a";

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

    public static Task<string> ModeAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.documentElement.dataset.readingMode");
}
