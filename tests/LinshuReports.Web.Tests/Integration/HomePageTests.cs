using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Integration;

public sealed class HomePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task HomePage_ListsThe2024ReportLinkedByItsTitle()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/");

        var link = Assert.Single(document.QuerySelectorAll(".report-list h2 a"));
        Assert.Equal(SeedReport.Title, link.TextContent);
        Assert.Equal("/reports/2024/linshu-county", link.GetAttribute("href"));
    }

    [Fact]
    public async Task HomePage_IsSimplifiedChineseWithOneH1AndASkipLink()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/");

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        var skip = document.QuerySelector("a.skip-link")!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.NotNull(document.GetElementById("main"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
    }

    [Fact]
    public async Task ManyReports_AreListedNewestFirst()
    {
        using var folder = new TempContentFolder();
        folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "二〇二二年报告"));
        folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "二〇二四年报告"));
        folder.Write("2023-qingyun-town.md", ReportMarkdown.Valid(year: 2023, title: "青云镇二〇二三年报告", publisher: "临沭县青云镇人民政府"));
        using var factory = new SiteFactory { ContentRoot = folder.Path };

        using var document = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        Assert.Equal(["二〇二四年报告", "青云镇二〇二三年报告", "二〇二二年报告"],
            document.QuerySelectorAll(".report-list h2 a").Select(a => a.TextContent));
    }
}
