using AngleSharp.Html.Parser;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Tests.Rendering;

public sealed class SectionSplitterTests
{
    [Fact]
    public void Body_IsCutAtEachH2_KeepingEveryElementOnceAndInOrder()
    {
        const string html = "<p>前言 &lt;注&gt;</p>\n<h2 id=\"part-1\">一、</h2>\n<h3 id=\"part-1-1\">(一)</h3>\n<p>甲</p>\n<h2 id=\"part-2\">二、</h2>\n<table><tr><td>1</td></tr></table>\n";
        using var document = new HtmlParser().ParseDocument(string.Empty);
        document.Body!.InnerHtml = html;

        var sections = SectionSplitter.Split(document.Body);

        Assert.Equal([null, "part-1", "part-2"], sections.Select(s => s.HeadingId));
        Assert.Equal(document.Body.InnerHtml, string.Concat(sections.Select(s => s.Html)));
        Assert.StartsWith("<h2 id=\"part-2\">", sections[2].Html, StringComparison.Ordinal);
        Assert.Contains("&lt;注&gt;", sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void BodyWithoutSections_IsOnePart()
    {
        using var document = new HtmlParser().ParseDocument(string.Empty);
        document.Body!.InnerHtml = "<p>只有一段。</p>";

        var section = Assert.Single(SectionSplitter.Split(document.Body));

        Assert.Null(section.HeadingId);
    }
}
