using LinshuReports.Traditional;

namespace LinshuReports.Web.Tests.Traditional;

public sealed class HtmlTextConversionTests
{
    private static readonly ChineseConverter ToTraditional = new ScriptConverters().ToTraditional;

    [Theory]
    [InlineData("<h1 id=\"发展\">发展</h1>", "<h1 id=\"发展\">發展</h1>")]
    [InlineData("<a href=\"/search?q=发展\" title=\"发展\">头发</a>", "<a href=\"/search?q=发展\" title=\"發展\">頭髮</a>")]
    [InlineData("<img src=\"/发.png\" alt=\"报告\">", "<img src=\"/发.png\" alt=\"報告\">")]
    [InlineData("<meta name=\"description\" content=\"法治报告\">", "<meta name=\"description\" content=\"法治報告\">")]
    [InlineData("<input name=\"q\" value=\"发展\" placeholder=\"搜索报告\">", "<input name=\"q\" value=\"发展\" placeholder=\"搜索報告\">")]
    [InlineData("<!-- 发展 -->发展", "<!-- 发展 -->發展")]
    [InlineData("<script>var a = \"发展\";</script>发展", "<script>var a = \"发展\";</script>發展")]
    [InlineData("<span title=\"a>b\">发展</span>", "<span title=\"a>b\">發展</span>")]
    public void OnlyWhatIsReadIsConverted(string html, string converted) =>
        Assert.Equal(converted, HtmlTextConversion.Convert(html, ToTraditional));

    /// <summary>Values quoted from the record (文号) are marked translate="no" and stay as published, nested elements too.</summary>
    [Fact]
    public void AnElementMarkedTranslateNo_IsKeptWithAllItHolds() =>
        Assert.Equal(
            "<dl><dt>文號</dt><dd translate=\"no\">临政发<dd>〔2024〕</dd>号</dd><dd>發展</dd></dl>",
            HtmlTextConversion.Convert("<dl><dt>文号</dt><dd translate=\"no\">临政发<dd>〔2024〕</dd>号</dd><dd>发展</dd></dl>", ToTraditional));
}
