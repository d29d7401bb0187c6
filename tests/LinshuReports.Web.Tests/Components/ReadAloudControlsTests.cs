using Bunit;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReadAloudControlsTests : BunitContext
{
    [Fact]
    public void Controls_AreHiddenUntilTheScriptFindsAChineseVoice()
    {
        var cut = Render<ReadAloudControls>();

        Assert.True(cut.Find("[data-read-aloud]").HasAttribute("hidden"));
    }

    [Fact]
    public void Controls_AreRealButtonsWithChineseLabels()
    {
        var cut = Render<ReadAloudControls>();

        var buttons = cut.FindAll(".read-aloud__controls button");
        Assert.All(buttons, b => Assert.Equal("button", b.GetAttribute("type")));
        Assert.Equal(["朗读全文", "暂停", "停止", "慢", "中", "快"], buttons.Select(b => b.TextContent));
        Assert.True(cut.Find("[data-pause]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-stop]").HasAttribute("disabled"));
    }

    [Fact]
    public void SpeedChoice_StartsAtMediumAndAnnouncesIt()
    {
        var cut = Render<ReadAloudControls>();

        Assert.Equal(["false", "true", "false"], cut.FindAll("[data-rate]").Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal("语速", cut.Find("[role=radiogroup]").GetAttribute("aria-label"));
    }

    [Fact]
    public void StateChanges_HaveALiveRegion()
    {
        var cut = Render<ReadAloudControls>();

        var status = cut.Find("[data-status]");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
    }

    [Fact]
    public void SectionButton_IsATemplateForTheScript()
    {
        var cut = Render<ReadAloudControls>();

        Assert.Contains("朗读本节", cut.Find("template[data-section-button]").OuterHtml, StringComparison.Ordinal);
    }
}
