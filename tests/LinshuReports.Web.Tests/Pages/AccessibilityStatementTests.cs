using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

public sealed partial class AccessibilityStatementTests
{
    [Fact]
    public async Task Statement_CoversSupportStandardsLimitsAndFeedback()
    {
        using var site = new SiteFactory();
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/accessibility");

        Assert.Equal("无障碍声明", document.QuerySelector("h1")!.TextContent);
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToArray();
        Assert.Equal(["本网站支持的功能", "遵循的标准", "已知的不足", "反馈与联系"], headings);
        var text = document.QuerySelector("main")!.TextContent;
        foreach (var claim in new[] { "长者浏览模式", "朗读", "键盘", "JavaScript", "GB/T 37668", "WCAG" })
        {
            Assert.Contains(claim, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WithoutAConfiguredContact_NoNumberIsInvented()
    {
        using var site = new SiteFactory();
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/accessibility");

        var feedback = document.QuerySelector("main")!.TextContent.Split("反馈与联系")[1];
        Assert.DoesNotMatch(PhoneOrEmail(), feedback);
        Assert.Contains("临沭县人民政府", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredContact_IsShown()
    {
        using var site = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Site:FeedbackContact", "feedback@reports.example"));
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/accessibility");

        Assert.Contains("feedback@reports.example", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintedPage_CarriesTheConfiguredPublicAddress()
    {
        using var site = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", "https://reports.example/"));
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/reports/2024/linshu-county");

        Assert.StartsWith("本页网址：https://reports.example/reports/2024/linshu-county扫描二维码", document.QuerySelector(".print-only p")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d{3,}|@")]
    private static partial Regex PhoneOrEmail();
}
