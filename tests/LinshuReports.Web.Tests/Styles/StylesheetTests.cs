using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Styles;

/// <summary>The reader's own browser font size and zoom must keep working, and no font is downloaded.</summary>
public sealed partial class StylesheetTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "wwwroot", "css", name));

    /// <summary>The screen rules, the elder mode's own included: print sets its own plain black on white.</summary>
    private static readonly string ScreenCss = Read("site.css") + Read("elder.css");

    private static readonly string Css = ScreenCss + Read("print.css");

    [Fact]
    public void TextSizeAdjust_IsNeverDisabled() =>
        Assert.DoesNotMatch(@"text-size-adjust\s*:\s*none", Css);

    [Fact]
    public void RootFontSize_IsNeverFixed() =>
        Assert.DoesNotMatch(@"(^|[}\s,])(html|:root)\s*\{[^}]*font-size\s*:", Css);

    [Fact]
    public void FontSizes_AreRelative()
    {
        var absolute = FontSizeInPixels().Matches(Css).Select(m => m.Value).ToList();

        Assert.Empty(absolute);
    }

    [Fact]
    public void NoWebFontsOrThirdPartyResources()
    {
        Assert.DoesNotContain("@font-face", Css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", Css, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", Css);
    }

    [Theory]
    [InlineData("html[data-text-size=\"xlarge\"]")]
    [InlineData("html[data-colour-scheme=\"yellow-on-black\"]")]
    public void SizeAndSchemeBlocks_OnlyRedefineTheScale(string selector)
    {
        var blocks = Regex.Matches(ScreenCss, Regex.Escape(selector) + @"[^{]*\{([^}]*)\}");

        var block = Assert.Single(blocks);
        Assert.Equal(selector + " {", block.Value[..(selector.Length + 2)]);
        var declarations = Regex.Replace(block.Groups[1].Value, @"/\*.*?\*/", "", RegexOptions.Singleline)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(declarations, d => Assert.StartsWith("--", d, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFontSize_IsAStepOfTheTypeScale()
    {
        var sizes = Regex.Matches(ScreenCss, @"font-size\s*:\s*([^;}]+)").Select(m => m.Groups[1].Value.Trim());

        Assert.All(sizes, size => Assert.Matches(@"^var\(--text-[a-z0-9]+\)$|^[\d.]+em$", size));
    }

    [Fact]
    public void Colours_AreNamedOnlyInCustomProperties()
    {
        var lines = ScreenCss.Split('\n').Where(l => Regex.IsMatch(l, "#[0-9a-fA-F]{3,8}\\b"));

        Assert.All(lines, line => Assert.Matches(@"^\s*--colour-[a-z-]+\s*:", line));
    }

    [GeneratedRegex(@"font-size\s*:\s*[\d.]+px")]
    private static partial Regex FontSizeInPixels();
}
