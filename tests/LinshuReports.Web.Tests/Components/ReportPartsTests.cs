using Bunit;
using LinshuReports.Content.Model;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReportPartsTests : BunitContext
{
    private static readonly ReportMetadata Metadata = new("报告", 2024, "临沭县人民政府", "通知公告", "linshu-county");

    [Fact]
    public void Breadcrumbs_LinkHomeAndMarkWhereTheReaderIs()
    {
        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Current, "通知公告"));

        var items = cut.FindAll("li");
        Assert.Equal("/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("首页", items[0].TextContent);
        Assert.Equal("通知公告", items[1].TextContent);
        Assert.Equal("page", items[1].GetAttribute("aria-current"));
    }

    [Fact]
    public void Facts_ShowPublisherYearAndCategory_ButNoDateUnlessGiven()
    {
        var cut = Render<ReportFacts>(p => p.Add(c => c.Metadata, Metadata));

        Assert.Equal(["发布机关", "年度", "分类"], cut.FindAll("dt").Select(d => d.TextContent));
        Assert.Empty(cut.FindAll("time"));
    }

    [Fact]
    public void Facts_ShowTheDateInChineseWhenGiven()
    {
        var cut = Render<ReportFacts>(p => p.Add(c => c.Metadata, Metadata with { Date = new DateOnly(2025, 3, 31) }));

        var time = cut.Find("time");
        Assert.Equal("2025-03-31", time.GetAttribute("datetime"));
        Assert.Equal("2025年3月31日", time.TextContent);
    }

    [Fact]
    public void Neighbours_LinkNewerAndOlderReports()
    {
        var newer = new Report(Metadata with { Year = 2025, Title = "较新" }, [], [], "2025-linshu-county.md", []);
        var older = new Report(Metadata with { Year = 2023, Title = "较早" }, [], [], "2023-linshu-county.md", []);

        var cut = Render<ReportNeighbours>(p => p.Add(c => c.Newer, newer).Add(c => c.Older, older));

        var links = cut.FindAll("a");
        Assert.Equal(["/reports/2025/linshu-county", "/reports/2023/linshu-county"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("较新", links[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Neighbours_RenderNothingForALoneReport()
    {
        var cut = Render<ReportNeighbours>();

        Assert.Empty(cut.FindAll("nav"));
    }
}
