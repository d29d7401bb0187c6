using LinshuReports.Content.Catalog;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Search;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Search;

/// <summary>
/// Results as sections, ranked as a reader would choose, on the 2024 report as published: for each query here a
/// person reading the report agrees which section should come first.
/// </summary>
public sealed class SectionResultsTests
{
    private static readonly Lazy<ReportCatalog> Published = new(() => CatalogLoader.Load(RepositoryPaths.Content));

    private static SearchResults Search(string query, ReportCatalog? catalog = null) =>
        (catalog ?? Published.Value).Search.Search(SearchQuery.Parse(query), null, int.MaxValue);

    private static List<string?> Anchors(string query, ReportCatalog? catalog = null) =>
        Search(query, catalog).Best.Select(h => h.Section.Anchor).ToList();

    [Theory]
    [InlineData("普法", "part-4-4")]          // (四)加大全民学法普法用法力度
    [InlineData("营商环境", "part-1-2")]      // (二)大力提升行政效能,法治化营商环境更加优化
    [InlineData("行政复议", "part-1-3")]      // 三是发挥行政复议能动作用……延展行政复议监督效能
    [InlineData("法治人才", "part-3-2")]      // (二)法治人才队伍建设不够健全
    [InlineData("第一责任人", "part-2")]      // 二、党政主要负责人履行推进法治建设第一责任人职责: the part named for it
    [InlineData("矛盾纠纷", "part-1-4")]      // 二是加强矛盾纠纷排查化解
    public void TheSectionAReaderWants_ComesFirst(string query, string anchor) =>
        Assert.Equal(anchor, Anchors(query)[0]);

    [Fact]
    public void AHeadingAndTheTextUnderIt_AreOneResult()
    {
        var hits = Search("普法").Best;

        Assert.Equal(["part-4-4", "part-1-4", "part-3-4"], hits.Select(h => h.Section.Anchor));
        var both = hits[0];
        Assert.True(both.InHeading);
        Assert.Equal("（四）加大全民学法普法用法力度。", both.Section.Heading);
        Assert.StartsWith("抓好重点群体学法用法", both.Passage!.Text, StringComparison.Ordinal);
        Assert.Equal(3, both.Occurrences);
        // The heading's section comes first although (四)赋能公共法律服务 holds 普法 five times.
        Assert.Equal(5, hits[1].Occurrences);
    }

    [Theory]
    [InlineData("法治")]
    [InlineData("行政")]
    [InlineData("，")]
    [InlineData("(")]
    public void NoSection_IsListedTwice_AndTheTotalCountsSections(string query)
    {
        var results = Search(query);

        Assert.Equal(results.Best.Count, results.Best.Select(h => (h.Report.Url, h.Section.Anchor)).Distinct().Count());
        Assert.Equal(results.Total, results.Best.Count);
        Assert.Equal(1, results.Reports);
    }

    [Fact]
    public void OnEqualTerms_TheReportsOwnOrderDecides_PartOneBeforePartTwo()
    {
        // Each of these headings holds （一） once, and no text does.
        Assert.Equal(["part-1-1", "part-2-1", "part-3-1", "part-4-1"], Anchors("（一）"));
        Assert.Equal(["part-1-4", "part-3-4", "part-4-4"], Anchors("（四）"));
    }

    [Fact]
    public void HeadingsHoldingTheWords_ComeFirst_MostOccurrencesFirst()
    {
        var hits = Search("法治").Best;
        var lastHeading = hits.ToList().FindLastIndex(h => h.InHeading);

        Assert.All(hits.Take(lastHeading + 1), h => Assert.True(h.InHeading, h.Section.Heading));
        Assert.All(hits.Skip(lastHeading + 1), h => Assert.False(h.InHeading, h.Section.Heading));
        Assert.Equal(hits.Where(h => h.InHeading).OrderByDescending(h => h.Occurrences).Select(h => h.Occurrences), hits.Where(h => h.InHeading).Select(h => h.Occurrences));
    }

    [Fact]
    public void OnlyTheHeadingHolding_LeavesNoPassage_AndTheSectionOffersItsOpening()
    {
        var hit = Assert.Single(Search("压实法治建设第一责任人职责").Best);

        Assert.Equal("part-2-3", hit.Section.Anchor);
        Assert.Null(hit.Passage);
        Assert.StartsWith("组织开展党政主要负责人专题述法", hit.Section.Opening!.Text, StringComparison.Ordinal);
        Assert.Equal("二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况", hit.Section.Part);
    }

    [Fact]
    public void APartWithoutTextOfItsOwn_OpensWithItsFirstSubsectionsText()
    {
        var hit = Assert.Single(Search("加强法治政府建设的有关情况").Best);

        Assert.Equal("part-2", hit.Section.Anchor);
        Assert.Null(hit.Section.Part);
        Assert.StartsWith("将习近平法治思想纳入", hit.Section.Opening!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTitle_HeadsTheTextBeforeTheFirstPart_AndLinksToTheReport()
    {
        var hit = Search("坚强领导").Best.Single();

        Assert.Null(hit.Section.Anchor);
        Assert.Equal("临沭县2024年度法治政府建设报告", hit.Section.Heading);
        Assert.False(hit.InHeading);
        Assert.StartsWith("2024年，在市委、市政府的坚强领导下", hit.Passage!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultsFromSeveralReports_AreCounted()
    {
        using var folder = new TempContentFolder();
        folder.Write("2023-a.md", ReportMarkdown.Valid(year: 2023, body: "## 一、总体\n\n复议。\n\n## 二、其他\n\n复议。\n"));
        folder.Write("2024-a.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体\n\n复议。\n"));
        var catalog = CatalogLoader.Load(folder.Path);

        var results = Search("复议", catalog);

        Assert.Equal(3, results.Total);
        Assert.Equal(2, results.Reports);
        Assert.Equal([(2024, "part-1"), (2023, "part-1"), (2023, "part-2")], results.Best.Select(h => (h.Report.Metadata.Year, h.Section.Anchor!)));
        Assert.Equal(1, catalog.Search.Search(SearchQuery.Parse("复议"), "/reports/2023/a", 10).Reports);
    }
}
