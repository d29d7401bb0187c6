using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>The public address typed into the settings, read the way an operator would mean it, or not at all.</summary>
public sealed class PublicBaseTests
{
    [Theory]
    [InlineData("https://reports.linshu.gov.cn", "https://reports.linshu.gov.cn/")]
    [InlineData("https://reports.linshu.gov.cn/", "https://reports.linshu.gov.cn/")]
    [InlineData("  https://reports.linshu.gov.cn//  ", "https://reports.linshu.gov.cn/")]
    [InlineData("http://www.linshu.gov.cn/fzzf", "http://www.linshu.gov.cn/fzzf/")]
    public void AnAbsoluteWebAddress_IsTheBaseOfEveryAbsoluteLink(string setting, string expected)
    {
        Assert.Equal(expected, PublicBase.Of(new SiteOptions { PublicBaseUrl = setting })?.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("reports.linshu.gov.cn")]
    [InlineData("/reports")]
    [InlineData("ftp://reports.linshu.gov.cn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void AnythingElse_GivesNoBase_SoNoAbsoluteLinkIsWritten(string setting)
    {
        Assert.Null(PublicBase.Of(new SiteOptions { PublicBaseUrl = setting }));
    }
}
