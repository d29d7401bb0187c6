using System.Globalization;
using System.Net;
using LinshuReports.TestSupport;
using LinshuReports.Web.Caching;
using LinshuReports.Web.Pages;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>The search page as a reader's browser gets it: results, messages, paging, hostile queries, caching.</summary>
public sealed class SearchPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Report = "/reports/2024/linshu-county";

    private static string Search(string query, string extra = "") => "/search?q=" + Uri.EscapeDataString(query) + extra;

    [Theory]
    [InlineData("/")]
    [InlineData(Report)]
    [InlineData("/years/2024")]
    [InlineData("/accessibility")]
    [InlineData("/no-such-page")]
    public async Task EveryPage_HasOnePlainGetSearchForm_InTheHeader(string path)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), path, "elder");

        var form = Assert.Single(document.QuerySelectorAll("form[role=search]"));
        Assert.NotNull(form.Closest("header"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var field = form.QuerySelector("input[name=q]")!;
        Assert.Equal("搜索报告", document.QuerySelector($"label[for={field.Id}]")!.TextContent);
        Assert.Equal("submit", form.QuerySelector("button")!.GetAttribute("type"));
        Assert.Equal("搜索", document.QuerySelector(".masthead__search")!.TextContent);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE")]
    public async Task TheResultsPage_ShowsOneForm_ItsOwn_Prefilled(string path)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), path);

        var form = Assert.Single(document.QuerySelectorAll("form[role=search]"));
        Assert.Null(form.Closest("header"));
        Assert.Null(document.QuerySelector(".masthead__search"));
        Assert.Equal(path.Contains("q=", StringComparison.Ordinal) ? "行政复议" : string.Empty, form.QuerySelector("input[name=q]")!.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task AReportPage_OffersASearchOfThatReportOnly_InItsOneForm()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Report);

        var form = Assert.Single(document.QuerySelectorAll("form[role=search]"));
        var scope = form.QuerySelector("input[type=checkbox][name=report]")!;
        Assert.Equal("2024/linshu-county", scope.GetAttribute("value"));
        Assert.False(scope.HasAttribute("checked"));
        Assert.Equal("只搜本报告", scope.Closest("label")!.TextContent);
        Assert.Equal("/search?report=2024%2Flinshu-county", document.QuerySelector(".masthead__search")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ANarrowedSearch_KeepsItsScopeTicked_InTheResultsPageForm()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("行政复议", "&report=2024/linshu-county"));

        var form = Assert.Single(document.QuerySelectorAll("form[role=search]"));
        Assert.Equal("行政复议", form.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.True(form.QuerySelector("input[type=checkbox][name=report]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Results_GiveTheCount_AndEachSectionsOwnHeading_LinkedToIt_WithTheWordsMarkedInItsText()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("行政复议"));

        var results = document.QuerySelectorAll(".search-result");
        Assert.Equal(2, results.Length);
        Assert.Equal("共有 2 个章节含有“行政复议”。", document.QuerySelector(".search-page__count")!.TextContent);
        Assert.Equal(
            ["（三）严格规范公正文明执法，行政执法质效有效提升。", "（三）加大行政执法规范化建设力度。"],
            results.Select(r => r.QuerySelector(".search-result__heading a")!.TextContent));
        Assert.All(results, result =>
        {
            // One report only: the page does not repeat its name on every result.
            Assert.Null(result.QuerySelector(".search-result__report"));
            var link = result.QuerySelector(".search-result__heading a")!;
            Assert.Matches(@"^/reports/2024/linshu-county#part-\d+-\d+:~:text=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE$", link.GetAttribute("href"));
            Assert.All(result.QuerySelectorAll("mark"), m => Assert.Equal("行政复议", m.TextContent));
            Assert.NotEmpty(result.QuerySelectorAll(".search-result__snippet mark"));
        });
        // Each names its place: the part its subsection is in.
        Assert.Equal(
            ["一、2024年度推进法治政府建设的主要举措和成效", "四、2025年推进法治政府建设的主要安排"],
            results.Select(r => r.QuerySelector(".search-result__part")!.TextContent));
    }

    [Theory]
    [InlineData("普法", ".search-result__heading a")]
    [InlineData("举措", ".search-result__part")]
    [InlineData("依法行政，政府", ".search-result__heading a")]
    [InlineData("依法行政,政府", ".search-result__heading a")]
    public async Task TheWordsSearched_AreMarked_InTheLinkAndThePlaceToo(string query, string where)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search(query));

        var marks = document.QuerySelectorAll($"{where} mark").Select(m => m.TextContent).ToList();

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(query.Replace(',', '，'), m));
    }

    [Theory]
    [InlineData("法治")]
    [InlineData("普法")]
    [InlineData("行政")]
    [InlineData("（四）")]
    public async Task EverySection_IsOneResult_AndNoSnippetRepeatsItsLink(string query)
    {
        var client = site.CreateClient();
        var links = new List<string>();
        for (var next = Search(query); next is not null;)
        {
            using var document = await HtmlPage.GetAsync(client, next);
            next = document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            foreach (var result in document.QuerySelectorAll(".search-result"))
            {
                var link = result.QuerySelector(".search-result__heading a")!;
                var snippet = result.QuerySelector(".search-result__snippet")!.TextContent.Trim('…');
                links.Add(link.GetAttribute("href")!.Split(":~:")[0]);
                Assert.NotEqual(link.TextContent, snippet);
                Assert.DoesNotContain(link.TextContent, snippet, StringComparison.Ordinal);
                Assert.True(snippet.Length >= 20, $"{link.TextContent}: {snippet}");
            }
        }

        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public async Task AHeadingOnlyMatch_ShowsTheSectionsFirstSentences_AndLinksToTheSection()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("压实法治建设第一责任人职责"));

        var result = Assert.Single(document.QuerySelectorAll(".search-result"));
        Assert.Equal("/reports/2024/linshu-county#part-2-3", result.QuerySelector(".search-result__heading a")!.GetAttribute("href"));
        var snippet = result.QuerySelector(".search-result__snippet")!.TextContent;
        Assert.StartsWith("组织开展党政主要负责人专题述法", snippet, StringComparison.Ordinal);
        Assert.Matches("[。；]…$", snippet);
    }

    [Fact]
    public async Task ResultsFromSeveralReports_SayWhichReportAndPartEachIsIn()
    {
        using var folder = new TempContentFolder();
        folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, body: "## 一、总体情况\n\n### (一)行政复议\n\n办理行政复议案件。\n"));
        folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "临沭县2024年度依法行政工作报告", body: "## 一、总体情况\n\n发挥行政复议作用。\n"));
        using var twoReports = new SiteFactory { ContentRoot = folder.Path };

        using var document = await HtmlPage.GetAsync(twoReports.CreateClient(), Search("行政复议"));

        // The 2023 section's heading holds the words, so it ranks first.
        Assert.Equal(
            ["2023年度 · 临沭县2023年度依法行政工作报告", "2024年度 · 临沭县2024年度依法行政工作报告"],
            document.QuerySelectorAll(".search-result__report").Select(p => p.TextContent));
        Assert.Equal(["一、总体情况"], document.QuerySelectorAll(".search-result__part").Select(p => p.TextContent));
        Assert.Equal("共有 2 个章节含有“行政复议”，来自 2 篇报告。", document.QuerySelector(".search-page__count")!.TextContent);
        Assert.Equal(["（一）行政复议", "一、总体情况"], document.QuerySelectorAll(".search-result__heading a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("/search?q=%E6%B3%95%E6%B2%BB")]
    [InlineData("/search?q=%E6%B3%95%E6%B2%BB&page=2")]
    [InlineData("/search?q=%E6%B2%A1%E6%9C%89")]
    [InlineData("/search")]
    public async Task ResultsPages_AreKeptOutOfSearchEngines_UnderTheColumn站内搜索(string url)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), url);

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("站内搜索", document.QuerySelector("meta[name=ColumnName]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Report)]
    [InlineData("/years/2024")]
    public async Task OtherPages_MayBeIndexed(string path)
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), path);

        Assert.Null(document.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task ManyResults_ArePaged_TenAPage()
    {
        var client = site.CreateClient();
        using var first = await HtmlPage.GetAsync(client, Search("法治"));
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        using var second = await HtmlPage.GetAsync(client, next);

        Assert.Equal(10, first.QuerySelectorAll(".search-result").Length);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/search?q=%E6%B3%95%E6%B2%BB&page=2", next);
        Assert.Equal("11", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        Assert.NotEqual(
            first.QuerySelector(".search-result__snippet")!.TextContent,
            second.QuerySelector(".search-result__snippet")!.TextContent);
    }

    [Theory]
    [InlineData("", "请输入要查找的词语")]
    [InlineData("   ", "请输入要查找的词语")]
    [InlineData("没有这个词语", "没有找到含有“没有这个词语”的内容")]
    public async Task AnEmptyQueryOrNoMatch_GetsHelp_AndTheYearsToBrowse(string query, string message)
    {
        using var response = await site.CreateClient().GetAsync(Search(query));
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector(".search-page__help")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/years/2024", document.QuerySelector(".search-page__help .year-index a")!.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll(".search-result"));
    }

    [Fact]
    public async Task ATooLongQuery_IsCutWithAMessage()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search(new string('法', 5000)));

        Assert.Contains("只用了前 100 个字", document.QuerySelector(".search-page__note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('法', 100), document.QuerySelector("#search-page-field")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("/search?q=%00%01%1F")]
    [InlineData("/search?q=%ED%A0%80%FF%FE")]
    [InlineData("/search?q=.*%5B(%7B%5C")]
    [InlineData("/search?q=%E6%B3%95&page=-1")]
    [InlineData("/search?q=%E6%B3%95&page=99999999999999")]
    [InlineData("/search?q=%E6%B3%95&page=abc")]
    [InlineData("/search?q=%E6%B3%95&report=..%2F..%2Fetc")]
    [InlineData("/search?q=a&q=b&q=c")]
    [InlineData("/search?report=2024/linshu-county")]
    public async Task HostileQueries_AreTakenLiterally_WithoutErrorOrScript(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInTheQuery_IsShownBackAsText()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("<script>alert(1)</script>"));

        Assert.Contains("没有找到含有“<script>alert(1)</script>”的内容", document.QuerySelector(".search-page__help")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task AScopedSearch_SaysWhere_AndOffersEveryReport()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("行政复议", "&report=2024/linshu-county"));

        Assert.Equal("在本报告中搜索", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("临沭县2024年度法治政府建设报告", document.QuerySelector(".search-page__scope")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll(".search-result").Length);
    }

    [Fact]
    public async Task Results_AreNeverStoredInThePageCache_AndEachQueryGetsItsOwn()
    {
        var renders = new RenderCounter();
        using var counted = new SiteFactory { ReplaceServices = renders.AddTo };
        var client = counted.CreateRawClient();

        using var first = await HtmlPage.GetAsync(client, Search("行政复议"));
        using var second = await HtmlPage.GetAsync(client, Search("12345"));
        using var response = await client.GetAsync(Search("行政复议"));

        Assert.Equal(3, renders.Renders);
        Assert.NotEqual(first.QuerySelector(".search-page__count")!.TextContent, second.QuerySelector(".search-page__count")?.TextContent);
        Assert.Null(response.Headers.ETag);
        Assert.Equal(StoredPageHeadersMiddleware.CacheControl, response.Headers.CacheControl!.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal));
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task APageNumberBeyondTheLast_ShowsTheLastPage()
    {
        var client = site.CreateClient();
        using var last = await HtmlPage.GetAsync(client, Search("法治", "&page=" + SearchModel.MaxPages.ToString(CultureInfo.InvariantCulture)));
        using var beyond = await HtmlPage.GetAsync(client, Search("行政复议", "&page=40"));

        Assert.Equal(2, beyond.QuerySelectorAll(".search-result").Length);
        Assert.NotEmpty(last.QuerySelectorAll(".search-result"));
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
    }
}
