using AngleSharp.Html.Parser;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Tests.Rendering;

public sealed class HeadingIdAssignerTests
{
    private static string[] IdsOf(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        HeadingIdAssigner.Assign(document.Body!);
        return document.QuerySelectorAll("h2, h3").Select(h => h.Id ?? "").ToArray();
    }

    [Fact]
    public void ChineseHeadings_GetOutlineIds()
    {
        var ids = IdsOf("<h2>一、举措</h2><h3>(一)甲</h3><h3>(二)乙</h3><h2>二、不足</h2><h3>(一)丙</h3>");

        Assert.Equal(["part-1", "part-1-1", "part-1-2", "part-2", "part-2-1"], ids);
    }

    [Fact]
    public void RewordingAHeading_KeepsItsId()
    {
        var before = IdsOf("<h2>一、举措</h2><h3>(一)甲</h3>");
        var after = IdsOf("<h2>一、主要举措和成效</h2><h3>(一)甲乙丙</h3>");

        Assert.Equal(before, after);
    }

    [Fact]
    public void SubsectionBeforeAnySection_StillGetsAUniqueId()
    {
        var ids = IdsOf("<h3>前言</h3><h2>一、举措</h2><h3>(一)甲</h3>");

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^part-[0-9-]+$", id));
    }
}
