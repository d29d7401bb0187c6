using AngleSharp.Html.Parser;
using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

public sealed class HostileMarkupTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(string body)
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: body));
        return new HtmlParser().ParseDocument(result.Report!.BodyHtml());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("段落<b onmouseover=alert(1)>文字</b>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void RawHtml_IsShownAsTextNeverAsElements(string markup)
    {
        using var document = Render(markup);

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, b"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(markup.Split('>')[0], document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[点我](javascript:alert(1))", "点我")]
    [InlineData("[点**我**](JaVaScRiPt:alert(1))", "点我")]
    [InlineData("[点我](data:text/html;base64,PHNjcmlwdD4=)", "点我")]
    [InlineData("![统计图](javascript:alert(1))", "统计图")]
    [InlineData("[点我][x]\n\n[x]: java\tscript:alert(1)", "点我")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void ScriptUrls_LoseTheirAddress_ReadersKeepTheText(string markdown, string text)
    {
        using var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("a, img"));
        Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryLinks_AreKept()
    {
        using var document = Render("[国务院](https://www.gov.cn/)");

        Assert.Equal("https://www.gov.cn/", document.QuerySelector("a")!.GetAttribute("href"));
    }
}
