using Bunit;
using LinshuReports.TestSupport;
using LinshuReports.Web.Components;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReadingModeSwitchTests : BunitContext
{
    private AngleSharp.Dom.IElement RenderLink(ReadingMode mode, string returnUrl) =>
        Render<ReadingModeSwitch>(p => p.Add(c => c.Mode, mode).Add(c => c.ReturnUrl, returnUrl)).Find("a");

    [Fact]
    public void StandardMode_OffersElderModeAndComesBackHere()
    {
        var link = RenderLink(ReadingMode.Standard, "/reports/2024/linshu-county");

        Assert.Equal("长者浏览模式", link.TextContent);
        Assert.Equal("/reading-mode/mode/elder?return=%2Freports%2F2024%2Flinshu-county", link.GetAttribute("href"));
    }

    [Fact]
    public void ElderMode_OffersTheWayBack()
    {
        var link = RenderLink(ReadingMode.Elder, "/");

        Assert.Equal("退出长者模式", link.TextContent);
        Assert.Equal("/reading-mode/mode/standard?return=%2F", link.GetAttribute("href"));
    }

    [Fact]
    public void ForeignReturnAddress_BecomesTheHomePage()
    {
        Assert.All(ForeignAddresses.Raw, hostile => Assert.EndsWith("?return=%2F", RenderLink(ReadingMode.Standard, hostile).GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Switch_IsOnePlainLinkThatWorksWithoutScript()
    {
        var cut = Render<ReadingModeSwitch>(p => p.Add(c => c.Mode, ReadingMode.Standard).Add(c => c.ReturnUrl, "/"));

        var element = Assert.Single(cut.FindAll("a, button, form, input, script"));
        Assert.Equal("a", element.LocalName);
        Assert.Equal(["class", "href", "rel"], element.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal("长者浏览模式", element.TextContent);
    }

    [Fact]
    public void ElderModesLabel_MayBreakOnlyBetweenItsWords()
    {
        var link = RenderLink(ReadingMode.Elder, "/");

        Assert.Equal("<span>退出<wbr>长者模式</span>", link.InnerHtml);
    }
}
