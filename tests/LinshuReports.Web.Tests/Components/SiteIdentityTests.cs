using Bunit;
using LinshuReports.Web.Components;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Components;

/// <summary>The footer's identity: each configured item shown (plainly fake values here), nothing shown that is not configured.</summary>
public sealed class SiteIdentityTests : BunitContext
{
    private static readonly SiteOptions Configured = new()
    {
        Sponsor = "测试主办单位",
        Operator = "测试承办单位",
        Phone = "0000-0000000",
        Address = "测试地址1号",
        SiteCode = "TEST000000",
        IcpRecord = "测ICP备00000000号",
        PoliceRecord = "测公网安备00000000000000号",
        ErrorReportUrl = "https://zfwzzc.example.test/jiucuo?site=TEST000000",
    };

    [Fact]
    public void EveryConfiguredItem_IsShown_TheRecordsLinkedToTheirRegistries()
    {
        var cut = Render<SiteIdentity>(p => p.Add(c => c.Site, Configured));

        var rows = cut.FindAll(".identity__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => r.QuerySelector("dd")!);
        Assert.Equal(["主办单位", "承办单位", "联系电话", "地址", "网站标识码", "ICP备案号", "公安机关备案号", "网站纠错"], rows.Keys);
        Assert.Equal("测试主办单位", rows["主办单位"].TextContent);
        Assert.Equal("TEST000000", rows["网站标识码"].TextContent);
        Assert.Equal("https://beian.miit.gov.cn/", rows["ICP备案号"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000", rows["公安机关备案号"].QuerySelector("a")!.GetAttribute("href"));
        var errors = rows["网站纠错"].QuerySelector("a")!;
        Assert.Equal("我为政府网站找错", errors.TextContent);
        Assert.Equal("https://zfwzzc.example.test/jiucuo?site=TEST000000", errors.GetAttribute("href"));
        Assert.Empty(cut.FindAll("script"));
    }

    [Fact]
    public void NothingConfigured_ShowsNothing() =>
        Assert.Empty(Render<SiteIdentity>(p => p.Add(c => c.Site, new SiteOptions())).Markup.Trim());

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/x")]
    [InlineData("不是网址")]
    public void AnErrorReportAddressThatIsNoWebAddress_IsLeftOut(string address)
    {
        var cut = Render<SiteIdentity>(p => p.Add(c => c.Site, new SiteOptions { Sponsor = "测试主办单位", ErrorReportUrl = address }));

        Assert.Empty(cut.FindAll("a"));
        Assert.Single(cut.FindAll(".identity__row"));
    }
}
