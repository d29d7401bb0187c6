using AngleSharp.Html.Dom;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

public sealed class ReportPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Url = "/reports/2024/linshu-county";

    private Task<IHtmlDocument> LoadAsync(string? mode = null) => HtmlPage.GetAsync(site.CreateClient(), Url, mode);

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task ReportPage_HoldsEverySeedParagraphExactly(string mode)
    {
        using var document = await LoadAsync(mode);

        // The page sets the seed's half-width , and (一) in Chinese text full-width: the only difference looked through.
        var blocks = document.QuerySelectorAll(".report__body h2, .report__body h3, .report__body p").Select(e => SeedReport.WidthFolded(e.TextContent)).ToList();
        foreach (var paragraph in SeedReport.BodyParagraphs.Select(SeedReport.WidthFolded))
        {
            // A (一) paragraph of the seed is split into its lead-sentence heading and the text under it.
            var found = blocks.Contains(paragraph)
                || blocks.Zip(blocks.Skip(1), (heading, rest) => heading + rest).Contains(paragraph);
            Assert.True(found, $"Missing paragraph: {paragraph[..Math.Min(30, paragraph.Length)]}…");
        }
    }

    [Fact]
    public async Task Title_IsTheOnlyH1_AndThePublisherIsShown()
    {
        using var document = await LoadAsync();

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(SeedReport.Title, h1.TextContent);
        Assert.Contains("临沭县人民政府", document.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(SeedReport.Title, document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumb_GoesHomeThenToTheYear_ThenTheReport()
    {
        using var document = await LoadAsync();

        var crumbs = document.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["首页", "2024年度", "报告"], crumbs);
    }

    [Fact]
    public async Task ThePublicationLine_FollowsTheTitle_AndThe落款ClosesTheText_WithNoInventedDate()
    {
        using var document = await LoadAsync();

        var byline = document.QuerySelector("h1 + .byline")!;
        Assert.Equal("临沭县人民政府", byline.TextContent.Trim());
        Assert.Equal("临沭县人民政府", document.QuerySelector(".report__body + .signature")!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll(".byline time, .signature time"));
    }

    [Fact]
    public async Task EveryContentsLink_LeadsToAHeadingOnThePage()
    {
        using var document = await LoadAsync();

        var targets = document.QuerySelectorAll(".contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(19, targets.Count);
        foreach (var target in targets)
        {
            var heading = document.GetElementById(target.TrimStart('#'));
            Assert.NotNull(heading);
            Assert.Matches("^h[23]$", heading.LocalName);
        }
    }

    [Fact]
    public async Task BackToTopAndBackToList_AreThere()
    {
        using var document = await LoadAsync();

        var hrefs = document.QuerySelectorAll(".back-links a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("#top", hrefs);
        Assert.Contains("/", hrefs);
        Assert.NotNull(document.GetElementById("top"));
    }

    [Fact]
    public async Task EveryLinkOnThePage_IsPlainAscii()
    {
        using var document = await LoadAsync();

        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.Matches("^[\\x21-\\x7e]+$", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task SeveralReports_LinkPreviousAndNext()
    {
        using var folder = new TempContentFolder();
        folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022, title: "二〇二二年报告"));
        folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(year: 2023, title: "二〇二三年报告"));
        folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "二〇二四年报告"));
        using var factory = new SiteFactory { ContentRoot = folder.Path };

        using var document = await HtmlPage.GetAsync(factory.CreateClient(), "/reports/2023/linshu-county");

        var hrefs = document.QuerySelectorAll(".neighbours a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/reports/2024/linshu-county", "/reports/2022/linshu-county"], hrefs);
    }

    [Fact]
    public async Task LoneReport_HasNoPreviousOrNext()
    {
        using var document = await LoadAsync();

        Assert.Null(document.QuerySelector(".neighbours"));
    }

    [Fact]
    public async Task EachSection_EndsWithAWayBackToTheContents()
    {
        using var document = await LoadAsync("elder");

        var sections = document.QuerySelectorAll(".report__body > section");
        Assert.Equal(["part-1", "part-2", "part-3", "part-4"], sections.Select(s => s.GetAttribute("aria-labelledby")!));
        Assert.All(sections, s => Assert.Equal("#contents-title", s.QuerySelector(".to-contents a")!.GetAttribute("href")));
        Assert.NotNull(document.GetElementById("contents-title"));
    }
}
