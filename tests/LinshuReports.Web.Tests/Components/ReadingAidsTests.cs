using Bunit;
using LinshuReports.Web.Components;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReadingAidsTests : BunitContext
{
    private IRenderedComponent<ReadingAids> RenderAids(TextSize size, ColourScheme scheme, string returnUrl = "/reports/2024/linshu-county") =>
        Render<ReadingAids>(p => p
            .Add(c => c.Preferences, new ReadingPreferences(ReadingMode.Elder, size, scheme))
            .Add(c => c.ReturnUrl, returnUrl));

    [Fact]
    public void SizeAndColourChoices_AreLabelledGroupsOfLinks()
    {
        var cut = RenderAids(TextSize.Large, ColourScheme.BlackOnWhite);

        var groups = cut.FindAll("[role=group]");
        Assert.Equal(2, groups.Count);
        Assert.Equal("字号", cut.Find("#" + groups[0].GetAttribute("aria-labelledby")).TextContent);
        Assert.Equal("配色", cut.Find("#" + groups[1].GetAttribute("aria-labelledby")).TextContent);
        Assert.Equal(["大", "特大"], groups[0].QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal(["白底黑字", "黑底黄字"], groups[1].QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Choices_FoldBehindOneLabelledDisclosure_ClosedByDefault()
    {
        var cut = RenderAids(TextSize.Large, ColourScheme.BlackOnWhite);

        var details = cut.Find("details");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("阅读设置", details.QuerySelector(":scope > summary")!.TextContent);
        Assert.Equal(4, details.QuerySelectorAll("a").Length);
    }

    [Fact]
    public void CurrentChoices_AreAnnounced()
    {
        var cut = RenderAids(TextSize.ExtraLarge, ColourScheme.YellowOnBlack);

        Assert.Equal(["特大", "黑底黄字"], cut.FindAll("a[aria-current=true]").Select(a => a.TextContent));
        Assert.Equal(2, cut.FindAll("a.aids__option:not([aria-current])").Count);
    }

    [Fact]
    public void EachChoice_SetsItsSettingAndReturnsToThisPage()
    {
        var cut = RenderAids(TextSize.Large, ColourScheme.BlackOnWhite);

        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(
        [
            "/reading-mode/text-size/large?return=%2Freports%2F2024%2Flinshu-county",
            "/reading-mode/text-size/xlarge?return=%2Freports%2F2024%2Flinshu-county",
            "/reading-mode/colour-scheme/black-on-white?return=%2Freports%2F2024%2Flinshu-county",
            "/reading-mode/colour-scheme/yellow-on-black?return=%2Freports%2F2024%2Flinshu-county",
        ], hrefs);
    }
}
