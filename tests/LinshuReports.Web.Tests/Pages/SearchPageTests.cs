using System.Globalization;
using System.Net;
using LinshuReports.TestSupport;
using LinshuReports.Web.Caching;
using LinshuReports.Web.Pages;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Results_GiveTheCount_TheReport_TheHeadingPath_AndMarkedSnippetsLinkedToTheirSection()
    {
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Search("行政复议"));

        var results = document.QuerySelectorAll(".search-result");
        Assert.Equal(2, results.Length);
        Assert.Contains("找到 2 处", document.QuerySelector(".search-page__count")!.TextContent, StringComparison.Ordinal);
        Assert.All(results, result =>
        {
            Assert.Equal("2024年度 · 临沭县2024年度法治政府建设报告", result.QuerySelector(".search-result__report")!.TextContent);
            var link = result.QuerySelector(".search-result__heading a")!;
            Assert.Matches(@"^/reports/2024/linshu-county#part-\d+-\d+:~:text=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE$", link.GetAttribute("href"));
            Assert.Matches(@"^[一二三四五]、.+ › \([一二三四五六七八九十]+\).+", link.TextContent);
            Assert.All(result.QuerySelectorAll("mark"), m => Assert.Equal("行政复议", m.TextContent));
            Assert.NotEmpty(result.QuerySelectorAll("mark"));
        });
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
        var client = site.CreateRawClient();
        var cache = site.Services.GetRequiredService<PageCache>();
        var before = cache.Current.Count;

        using var first = await HtmlPage.GetAsync(client, Search("行政复议"));
        using var second = await HtmlPage.GetAsync(client, Search("12345"));
        using var response = await client.GetAsync(Search("行政复议"));

        Assert.Equal(before, cache.Current.Count);
        Assert.NotEqual(first.QuerySelector(".search-page__count")!.TextContent, second.QuerySelector(".search-page__count")?.TextContent);
        Assert.Null(response.Headers.ETag);
        Assert.Equal(StoredPageResponse.CacheControl, response.Headers.CacheControl!.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal));
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
