using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Styles;

/// <summary>The reader's own browser font size and zoom must keep working, and no font is downloaded.</summary>
public sealed partial class StylesheetTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "wwwroot", "css", "site.css"));

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

    [GeneratedRegex(@"font-size\s*:\s*[\d.]+px")]
    private static partial Regex FontSizeInPixels();
}
