using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>The report page as a public record: the 信息公开 box above the contents, and corrections on the record, in both modes.</summary>
public sealed class PublicationRecordTests : IDisposable
{
    private const string Url = "/reports/2024/linshu-county";

    private readonly TempContentFolder _folder = new();
    private readonly SiteFactory _site;

    public PublicationRecordTests()
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.WithFields(ReportMarkdown.RecordFields, year: 2024));
        _site = new SiteFactory { ContentRoot = _folder.Path };
    }

    public void Dispose()
    {
        _site.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task TheBox_ShowsTheRecordAboveTheContents(string mode)
    {
        using var document = await HtmlPage.GetAsync(_site.CreateClient(), Url, mode);

        var box = document.QuerySelector(".report__header .facts-box")!;
        var rows = box.QuerySelectorAll(".facts__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => r.QuerySelector("dd")!.TextContent);
        Assert.Equal("11371329MB28XXXXXX/2025-00012", rows["索引号"]);
        Assert.Equal("临沭县人民政府", rows["发布机构"]);
        Assert.Equal("2025年3月20日", rows["成文日期"]);
        Assert.Equal("2025年3月28日", rows["发布日期"]);
        Assert.Equal("临政发〔2025〕3号", rows["文号"]);
        Assert.Equal("综合政务", rows["主题分类"]);
        Assert.Equal("2025年5月6日（更新记录）", rows["最后更新"]);
        var contents = document.QuerySelector("nav.contents")!;
        Assert.True(box.CompareDocumentPosition(contents).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the box should come before the contents list");
    }

    [Fact]
    public async Task Corrections_AreListedOnThePage_WhereTheBoxLinks()
    {
        using var document = await HtmlPage.GetAsync(_site.CreateClient(), Url);

        var changes = document.QuerySelector("#changes-title")!.ParentElement!;
        Assert.Equal(["2025年4月2日：更正了第一部分的一处数字。", "2025年5月6日：补充了附件。"], changes.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("#changes-title", document.QuerySelector(".facts-box a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheCountys2024Report_ShowsOnlyWhatItsFrontMatterGives()
    {
        using var site = new SiteFactory();
        using var document = await HtmlPage.GetAsync(site.CreateClient(), Url);

        Assert.Equal(["发布机构", "年度", "分类"], document.QuerySelectorAll(".facts-box dt").Select(d => d.TextContent));
        Assert.Null(document.QuerySelector("#changes-title"));
    }
}
