using LinshuReports.Content.Loading;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Content.Search;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Search;

public sealed class CatalogSearchTests
{
    private static readonly Lazy<ReportCatalog> Published = new(() => CatalogLoader.Load(RepositoryPaths.Content));
    private static readonly Lazy<ReportCatalog> Rich = new(() => CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "content-rich")));

    private static IReadOnlyList<SearchHit> All(ReportCatalog catalog, string query, string? report = null) =>
        catalog.Search.Search(SearchQuery.Parse(query), report, int.MaxValue).Best;

    /// <summary>The text in which the hit's section holds the words: the best passage, or the heading alone.</summary>
    private static string MatchedText(SearchHit hit) => hit.Passage?.Text ?? hit.Section.Heading;

    /// <summary>
    /// Every block of visible text in the rendered report, with the id of the section heading it stands under,
    /// read from the HTML here rather than from the index, so the test does not check the index against itself.
    /// </summary>
    private static List<(string Text, string? Anchor)> BlocksOf(Report report)
    {
        using var document = new HtmlParser().ParseDocument("<body>" + string.Concat(report.Sections.Select(s => s.Html)) + "</body>");
        var blocks = new List<(string, string?)>();
        string? anchor = null;
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            if (element.LocalName is "h2" or "h3")
            {
                anchor = element.Id;
            }

            var isLeafBlock = element.LocalName is "p" or "li" or "td" or "th" or "h2" or "h3" or "h4"
                && !element.Descendants<IElement>().Any(e => e.LocalName is "p" or "li" or "ul" or "ol");
            if (isLeafBlock && element.TextContent.Trim().Length > 0)
            {
                blocks.Add((element.TextContent.Trim(), anchor));
            }
        }

        return blocks;
    }

    [Fact]
    public void EverySubstringOfTheReport_IsFound_InItsOwnSection()
    {
        var report = Assert.Single(Published.Value.Reports);
        var blocks = BlocksOf(report).Where(b => b.Text.Length >= 2).ToList();
        var random = new Random(2024);
        var misses = new List<string>();

        for (var sample = 0; sample < 2500; sample++)
        {
            var (text, anchor) = blocks[random.Next(blocks.Count)];
            var length = random.Next(2, Math.Min(12, text.Length) + 1);
            var phrase = text.Substring(random.Next(text.Length - length + 1), length);
            if (phrase.Trim().Length == 0)
            {
                continue;
            }

            if (!All(Published.Value, phrase).Any(h => h.Report == report && h.Section.Anchor == anchor))
            {
                misses.Add($"{phrase} (#{anchor})");
            }
        }

        Assert.True(misses.Count == 0, $"{misses.Count} phrases not found in their section: {string.Join("、", misses.Take(20))}");
    }

    [Theory]
    [InlineData("复")]
    [InlineData("议")]
    [InlineData(",")]
    public void OneCharacter_IsEnough(string query) =>
        Assert.NotEmpty(All(Published.Value, query));

    [Theory]
    [InlineData("（一）扎实推进", "(一)扎实推进", "（一）扎实推进")]
    [InlineData("依法行政，政府", "依法行政,政府", "依法行政，政府")]
    [InlineData("２０２４年度", "2024年度", "2024年度")]
    [InlineData("ｅ复议", "E复议", "E复议")]
    public void EitherWidthAndCase_FindWhatThePageShows(string fullWidth, string halfWidth, string shown)
    {
        var hits = All(Published.Value, fullWidth);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(shown, MatchedText(h), StringComparison.Ordinal));
        Assert.Equal(hits.Select(h => h.Section.Anchor), All(Published.Value, halfWidth).Select(h => h.Section.Anchor));
    }

    [Fact]
    public void SeveralWords_MustAllOccur()
    {
        var both = All(Published.Value, "行政复议 能动");
        var first = All(Published.Value, "行政复议");

        Assert.NotEmpty(both);
        Assert.True(both.Count < first.Count);
        Assert.All(both, h => Assert.True(MatchedText(h).Contains("行政复议", StringComparison.Ordinal) && MatchedText(h).Contains("能动", StringComparison.Ordinal)));
        Assert.Empty(All(Published.Value, "行政复议 没有这个词语"));
    }

    [Theory]
    [InlineData("行政复议案件")]      // a table cell
    [InlineData("样例条目二")]        // a list item
    [InlineData("摘录文件原文")]      // a quote
    [InlineData("表中数字均为测试样例")] // a footnote
    public void TablesListsQuotesAndFootnotes_AreSearchable(string phrase)
    {
        var hit = Assert.Single(All(Rich.Value, phrase));

        Assert.Contains(phrase, hit.Passage!.Text, StringComparison.Ordinal);
        Assert.Equal(PassageKind.Body, hit.Passage.Kind);
    }

    [Theory]
    [InlineData("返回目录")]
    [InlineData("↩")]
    [InlineData("<p>")]
    public void NavigationAndMarkup_AreNotText(string phrase) =>
        Assert.Empty(All(Published.Value, phrase));

    [Fact]
    public void Ranking_HeadingsHoldingTheWords_ThenMoreMatches_ThenTheNewerYear()
    {
        using var folder = new TempContentFolder();
        folder.Write("2022-a.md", ReportMarkdown.Valid(year: 2022, title: "二〇二二年度报告", body: "## 一、总体\n\n复议复议复议。\n"));
        folder.Write("2023-a.md", ReportMarkdown.Valid(year: 2023, title: "二〇二三年度报告", body: "## 一、复议\n\n其他。\n"));
        folder.Write("2024-a.md", ReportMarkdown.Valid(year: 2024, title: "二〇二四年度复议报告", body: "## 一、总体\n\n复议一次。\n"));
        folder.Write("2025-a.md", ReportMarkdown.Valid(year: 2025, title: "二〇二五年度报告", body: "## 一、总体\n\n复议一次。\n"));
        var catalog = CatalogLoader.Load(folder.Path);

        var hits = All(catalog, "复议");

        // The title heads its report's opening section, so it ranks with the headings.
        Assert.Equal(
            [(2024, "二〇二四年度复议报告", true), (2023, "一、复议", true), (2022, "一、总体", false), (2025, "一、总体", false), (2024, "一、总体", false)],
            hits.Select(h => (h.Report.Metadata.Year, h.Section.Heading, h.InHeading)));
        Assert.Equal(3, hits[2].Occurrences);
    }

    [Fact]
    public void TheBestHits_AreTheFirstOfTheWholeRanking_AndTheTotalCountsThemAll()
    {
        var everything = All(Published.Value, "法治");
        var firstPage = Published.Value.Search.Search(SearchQuery.Parse("法治"), null, 10);

        Assert.Equal(everything.Count, firstPage.Total);
        Assert.Equal(everything.Take(10), firstPage.Best);
    }

    [Fact]
    public void AScopedSearch_FindsOnlyThatReport()
    {
        var bureau = Rich.Value.Reports.Single(r => r.Metadata.Year == 2022);

        var scoped = All(Rich.Value, "样例", bureau.Url);

        Assert.NotEmpty(scoped);
        Assert.All(scoped, h => Assert.Same(bureau, h.Report));
        Assert.True(All(Rich.Value, "样例").Count > scoped.Count);
        Assert.Empty(All(Rich.Value, "样例", "/reports/1999/none"));
    }

    [Fact]
    public void TheIndex_IsNoLargerThanTheTextItCovers()
    {
        var report = Assert.Single(Published.Value.Reports);
        var text = report.Passages.Sum(p => p.Text.Length) + report.Metadata.Title.Length;

        Assert.InRange(Published.Value.Search.Length, text, text * 1.1);
    }
}
