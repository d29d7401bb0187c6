using Bunit;
using LinshuReports.Content.Model;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReportPartsTests : BunitContext
{
    private static readonly ReportMetadata Metadata = new("报告", 2024, "临沭县人民政府", "通知公告", "linshu-county");

    [Fact]
    public void Breadcrumbs_OnAReport_GoHomeThenToItsYear_AndMarkWhereTheReaderIs()
    {
        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Year, 2024).Add(c => c.Current, "报告"));

        var items = cut.FindAll("li");
        Assert.Equal(["首页", "2024年度", "报告"], items.Select(i => i.TextContent));
        Assert.Equal(["/", "/years/2024"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", items[2].GetAttribute("aria-current"));
    }

    [Fact]
    public void Breadcrumbs_OnAYearsOwnPage_EndWithTheYear_Unlinked()
    {
        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Year, 2024));

        var items = cut.FindAll("li");
        Assert.Equal(["首页", "2024年度"], items.Select(i => i.TextContent));
        Assert.Single(cut.FindAll("a"));
        Assert.Equal("page", items[1].GetAttribute("aria-current"));
    }

    [Fact]
    public void Facts_ShowPublisherYearAndCategory_ButNothingThatWasNotGiven()
    {
        var cut = Render<ReportFacts>(p => p.Add(c => c.Metadata, Metadata));

        Assert.Equal("信息公开", cut.Find("#facts-title").TextContent);
        Assert.Equal(["发布机构", "年度", "分类"], cut.FindAll("dt").Select(d => d.TextContent));
        Assert.Empty(cut.FindAll("time"));
    }

    [Fact]
    public void Facts_ShowEveryRecordFieldGiven_InTheOrderOfAPublicRecord()
    {
        var record = Metadata with
        {
            IndexNo = "11371329MB28XXXXXX/2025-00012",
            DocNo = "临政发〔2025〕3号",
            Written = new DateOnly(2025, 3, 20),
            Date = new DateOnly(2025, 3, 28),
            Subject = "综合政务",
            Changes = [new ReportChange(new DateOnly(2025, 4, 2), "更正了一处数字。"), new ReportChange(new DateOnly(2025, 5, 6), "补充了附件。")],
        };

        var cut = Render<ReportFacts>(p => p.Add(c => c.Metadata, record));

        var rows = cut.FindAll(".facts__row").Select(r => (r.QuerySelector("dt")!.TextContent, r.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal(
        [
            ("索引号", "11371329MB28XXXXXX/2025-00012"), ("发布机构", "临沭县人民政府"), ("年度", "2024 年度"), ("分类", "通知公告"), ("主题分类", "综合政务"),
            ("成文日期", "2025年3月20日"), ("发布日期", "2025年3月28日"), ("文号", "临政发〔2025〕3号"), ("最后更新", "2025年5月6日（更新记录）"),
        ], rows);
        Assert.Equal("#changes-title", cut.Find(".facts__row a").GetAttribute("href"));
    }

    [Fact]
    public void Changes_AreListedOnTheRecord_OldestFirst()
    {
        IReadOnlyList<ReportChange> changes = [new(new DateOnly(2025, 4, 2), "更正了一处数字。"), new(new DateOnly(2025, 5, 6), "补充了附件。")];

        var cut = Render<ReportChanges>(p => p.Add(c => c.Changes, changes));

        Assert.Equal("更新记录", cut.Find("#changes-title").TextContent);
        Assert.Equal(["2025年4月2日：更正了一处数字。", "2025年5月6日：补充了附件。"], cut.FindAll("li").Select(li => li.TextContent));
        Assert.Equal("2025-04-02", cut.Find("li time").GetAttribute("datetime"));
    }

    [Fact]
    public void Changes_AreAbsentWhenTheReportWasNeverCorrected() =>
        Assert.Empty(Render<ReportChanges>(p => p.Add(c => c.Changes, null)).Markup.Trim());

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
