using AngleSharp.Html.Parser;
using LinshuReports.Traditional;

namespace LinshuReports.Web.Tests.Traditional;

public sealed class HtmlTextConversionTests
{
    private static readonly ChineseConverter ToTraditional = new ScriptConverters().ToTraditional;

    /// <summary>The converted page's head and body, as AngleSharp writes them.</summary>
    private static string Converted(string html)
    {
        using var page = new HtmlParser().ParseDocument(HtmlTextConversion.Convert(html, ToTraditional));
        return page.Head!.InnerHtml + page.Body!.InnerHtml;
    }

    [Theory]
    [InlineData("<h1 id=\"发展\">发展</h1>", "<h1 id=\"发展\">發展</h1>")]
    [InlineData("<a href=\"/search?q=发展\" title=\"发展\">头发</a>", "<a href=\"/search?q=发展\" title=\"發展\">頭髮</a>")]
    [InlineData("<img src=\"/发.png\" alt=\"报告\">", "<img src=\"/发.png\" alt=\"報告\">")]
    [InlineData("<meta name=\"description\" content=\"法治报告\">", "<meta name=\"description\" content=\"法治報告\">")]
    [InlineData("<input name=\"q\" value=\"发展\" placeholder=\"搜索报告\">", "<input name=\"q\" value=\"发展\" placeholder=\"搜索報告\">")]
    [InlineData("<p><!-- 发展 -->发展</p>", "<p><!-- 发展 -->發展</p>")]
    [InlineData("<script>var a = \"发展\";</script>", "<script>var a = \"发展\";</script>")]
    [InlineData("<span title=a>b>发展</span>", "<span title=\"a\">b&gt;發展</span>")]
    [InlineData("<template><button>朗读本节</button></template>", "<template><button>朗讀本節</button></template>")]
    public void OnlyWhatIsReadIsConverted(string html, string converted) =>
        Assert.Equal(converted, Converted(html));

    /// <summary>Values quoted from the record (文号) are marked translate="no" and stay as published, nested elements too.</summary>
    [Fact]
    public void AnElementMarkedTranslateNo_IsKeptWithAllItHolds() =>
        Assert.Equal(
            "<dl><dt>文號</dt><dd translate=\"no\">临政发<span>〔2024〕</span>号</dd><dd>發展</dd></dl>",
            Converted("<dl><dt>文号</dt><dd translate=\"no\">临政发<span>〔2024〕</span>号</dd><dd>发展</dd></dl>"));
}
