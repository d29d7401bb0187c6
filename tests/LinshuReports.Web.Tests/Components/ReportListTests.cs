using Bunit;
using LinshuReports.Content.Model;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

public sealed class ReportListTests : BunitContext
{
    private static Report Report(int year, string title, string? summary = null) =>
        new(new ReportMetadata(title, year, "临沭县人民政府", "通知公告", "linshu-county", Summary: summary), [new ReportSection(null, "<p>x</p>")], [], $"{year}-linshu-county.md", []);

    [Fact]
    public void EachReport_IsLinkedByItsTitle_WithYearAndPublisher()
    {
        var reports = new[] { Report(2024, "二〇二四年报告", "概要"), Report(2023, "二〇二三年报告") };

        var cut = Render<ReportList>(p => p.Add(c => c.Reports, reports));

        var cards = cut.FindAll("li.report-card");
        Assert.Equal(2, cards.Count);
        var title = cards[0].QuerySelector("h2 a")!;
        Assert.Equal("二〇二四年报告", title.TextContent);
        Assert.Equal("/reports/2024/linshu-county", title.GetAttribute("href"));
        Assert.StartsWith("2024", cards[0].QuerySelector(".report-card__year")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("临沭县人民政府", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("概要", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Null(cards[1].QuerySelector(".report-card__summary"));
    }

    [Fact]
    public void KnownDates_AreShown_AndNoneIsInventedForAReportWithout()
    {
        var corrected = Report(2024, "二〇二四年报告") with
        {
            Metadata = Report(2024, "二〇二四年报告").Metadata with { Date = new DateOnly(2025, 3, 28), Changes = [new(new DateOnly(2025, 4, 2), "更正。")] },
        };
        var dated = Report(2023, "二〇二三年报告") with { Metadata = Report(2023, "二〇二三年报告").Metadata with { Date = new DateOnly(2024, 3, 29) } };
        var undated = Report(2022, "二〇二二年报告");

        var cut = Render<ReportList>(p => p.Add(c => c.Reports, [corrected, dated, undated]));

        var cards = cut.FindAll("li.report-card");
        Assert.Equal("发布日期：2025年3月28日 最后更新：2025年4月2日", string.Join(" ", cards[0].QuerySelectorAll(".report-card__dates span").Select(s => s.TextContent)));
        Assert.Equal(["2025-03-28", "2025-04-02"], cards[0].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("发布日期：2024年3月29日", cards[1].QuerySelector(".report-card__dates")!.TextContent.Trim());
        Assert.Null(cards[2].QuerySelector(".report-card__dates"));
        Assert.DoesNotContain("日期", cards[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoReports_SaysSoInChinese()
    {
        var cut = Render<ReportList>(p => p.Add(c => c.Reports, []));

        Assert.Contains("暂无", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("li"));
    }
}
