using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// Measures the contrast of every piece of visible text against the background it sits on. axe's AAA
/// rule lets large text pass at 4.5:1; 长者浏览模式 promises 7:1 for all text, so it is measured here.
/// </summary>
public static class ContrastProbe
{
    public sealed record Sample
    {
        public string Text { get; init; } = string.Empty;

        public string Colour { get; init; } = string.Empty;

        public string Background { get; init; } = string.Empty;

        public double Ratio { get; init; }
    }

    public static async Task<IReadOnlyList<Sample>> LowestAsync(IPage page, double below) =>
        await page.EvaluateAsync<Sample[]>("""
            below => {
              const parse = c => { const m = c.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
              const lum = ({ r, g, b }) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
              const background = e => {
                for (; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
                return { r: 255, g: 255, b: 255, a: 1 };
              };
              const samples = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const e = node.parentElement;
                if (!node.textContent.trim() || !e.checkVisibility()) continue;
                const fg = parse(getComputedStyle(e).color), bg = background(e);
                const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                if (ratio < below) samples.push({ text: node.textContent.trim().slice(0, 20), colour: getComputedStyle(e).color, background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`, ratio });
              }
              return samples;
            }
            """, below);
}
