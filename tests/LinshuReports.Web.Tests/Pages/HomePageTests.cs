using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

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

    [Theory]
    [InlineData("/")]
    [InlineData("/years/2024")]
    public async Task HomeAndYearPages_ShowThe发布日期AndLastUpdate_WhereTheReportGivesThem(string path)
    {
        using var folder = new TempContentFolder();
        folder.Write("2024-linshu-county.md", ReportMarkdown.WithFields(ReportMarkdown.RecordFields, year: 2024));
        folder.Write("2024-qingyun-town.md", ReportMarkdown.Valid(year: 2024, title: "青云镇二〇二四年报告", publisher: "临沭县青云镇人民政府"));
        using var factory = new SiteFactory { ContentRoot = folder.Path };

        using var document = await HtmlPage.GetAsync(factory.CreateClient(), path);

        var cards = document.QuerySelectorAll(".report-card");
        Assert.Equal(2, cards.Length);
        Assert.Equal("发布日期：2025年3月28日 最后更新：2025年5月6日", string.Join(" ", cards[0].QuerySelectorAll(".report-card__dates span").Select(s => s.TextContent)));
        Assert.Null(cards[1].QuerySelector(".report-card__dates"));
    }

    [Fact]
    public async Task The2024Report_ShowsNoDateOnTheHomePage_ForItGivesNone()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/");

        Assert.Null(document.QuerySelector(".report-card__dates"));
        Assert.Empty(document.QuerySelectorAll(".report-list time"));
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

    [Fact]
    public async Task LongArchive_ShowsRecentYearsInFull_AndEveryYearAsALink()
    {
        using var folder = new TempContentFolder();
        foreach (var y in Enumerable.Range(2019, 6))
        {
            folder.Write($"{y}-linshu-county.md", ReportMarkdown.Valid(year: y, title: $"县{y}年报告"));
            folder.Write($"{y}-qingyun-town.md", ReportMarkdown.Valid(year: y, title: $"镇{y}年报告"));
        }

        using var factory = new SiteFactory { ContentRoot = folder.Path };
        var client = factory.CreateClient();

        using var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(6, home.QuerySelectorAll(".report-list h2 a").Length);
        Assert.Equal(["/years/2024", "/years/2023", "/years/2022", "/years/2021", "/years/2020", "/years/2019"],
            home.QuerySelectorAll(".year-index a").Select(a => a.GetAttribute("href")!));

        using var year = await HtmlPage.GetAsync(client, "/years/2019");
        Assert.Equal("2019年度报告", year.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/reports/2019/linshu-county", "/reports/2019/qingyun-town"],
            year.QuerySelectorAll(".report-list h2 a").Select(a => a.GetAttribute("href")!));

        using var empty = await client.GetAsync("/years/1990");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, empty.StatusCode);
    }

    [Fact]
    public async Task ShortArchive_NeedsNoYearIndex()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), "/");

        Assert.Null(document.QuerySelector(".year-index"));
    }
}
