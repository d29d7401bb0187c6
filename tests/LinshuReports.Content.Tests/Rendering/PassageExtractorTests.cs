using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinshuReports.Content.Model;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Tests.Rendering;

public sealed class PassageExtractorTests
{
    private static IReadOnlyList<SearchPassage> Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        return PassageExtractor.Extract(document.Body!);
    }

    private static string Describe(SearchPassage p) => $"{p.Anchor ?? "-"} {string.Join("/", p.HeadingPath)} {p.Kind}: {p.Text}";

    [Fact]
    public void EachPassage_KnowsTheSectionItStandsUnder()
    {
        var passages = Extract(
            "<p>前言</p>" +
            "<h2 id=\"a\">一、甲</h2><p>甲文</p>" +
            "<h3 id=\"b\">（一）乙</h3><p>乙文</p><h4 id=\"c\">1.丙</h4><h5>（1）丁</h5><h6>细目</h6><p>丙文</p>" +
            "<h2 id=\"d\">二、戊</h2><p>戊文</p>");

        Assert.Equal(
            [
                "-  Body: 前言",
                "a 一、甲 Heading: 一、甲",
                "a 一、甲 Body: 甲文",
                "b 一、甲/（一）乙 Heading: （一）乙",
                "b 一、甲/（一）乙 Body: 乙文",
                "b 一、甲/（一）乙 Heading: 1.丙",
                "b 一、甲/（一）乙 Heading: （1）丁",
                "b 一、甲/（一）乙 Heading: 细目",
                "b 一、甲/（一）乙 Body: 丙文",
                "d 二、戊 Heading: 二、戊",
                "d 二、戊 Body: 戊文",
            ],
            passages.Select(Describe));
    }

    [Fact]
    public void BlocksWithoutText_AreNotPassages_ButAnEmptyHeadingStillOpensItsSection()
    {
        var passages = Extract("<h2 id=\"a\">一、甲</h2><h3 id=\"b\">（一）乙</h3><p>乙文</p><h3 id=\"c\"> </h3><p>  </p><p>无题之文</p>");

        Assert.Equal(
            ["a 一、甲 Heading: 一、甲", "b 一、甲/（一）乙 Heading: （一）乙", "b 一、甲/（一）乙 Body: 乙文", "c 一、甲 Body: 无题之文"],
            passages.Select(Describe));
    }

    [Theory]
    [InlineData("<ul><li>外<ul><li>内</li></ul></li></ul>")]
    [InlineData("<ul><li>外<ol><li>内</li></ol></li></ul>")]
    [InlineData("<table><tr><td>外<p>内</p></td></tr></table>")]
    [InlineData("<ul><li>外<table><tr><td>内</td></tr></table></li></ul>")]
    [InlineData("<ul><li>外<blockquote><p>内</p></blockquote></li></ul>")]
    [InlineData("<ul><li>外<div><p>内</p></div></li></ul>")]
    [InlineData("<dl><dd>外<dl><dt>内</dt></dl></dd></dl>")]
    [InlineData("<table><tr><th>外<h2>内</h2></th></tr></table>")]
    [InlineData("<table><tr><td>外<h3>内</h3></td></tr></table>")]
    [InlineData("<table><tr><td>外<h4>内</h4></td></tr></table>")]
    [InlineData("<table><tr><td>外<h5>内</h5></td></tr></table>")]
    [InlineData("<table><tr><td>外<h6>内</h6></td></tr></table>")]
    public void ABlockNestedInAnother_IsItsOwnPassage_SoNoTextIsFoundTwice(string html)
    {
        var texts = Extract(html).Select(p => p.Text).ToList();

        Assert.Equal(["外", "内"], texts);
    }

    [Fact]
    public void InlineMarkup_IsPartOfTheText_ButAFootnotesBackLinkIsNot()
    {
        var texts = Extract("<p>依法<strong>行政</strong>，见<a href=\"#x\">附件</a><sup><a href=\"#fn1\">1</a></sup></p>" +
            "<ol><li id=\"fn1\"><p>注释正文<a class=\"footnote-back-ref\" href=\"#r1\">↩</a></p></li></ol>").Select(p => p.Text);

        Assert.Equal(["依法行政，见附件1", "注释正文"], texts.Where(t => t.Length > 0));
    }

    [Fact]
    public void LineBreaksBetweenChineseCharacters_AreJoinedWithoutASpace()
    {
        var texts = Extract("<p>  推进\n法治 \n政府 and\nlaw  </p>").Select(p => p.Text);

        Assert.Equal(["推进法治政府 and law"], texts);
    }
}
