using AngleSharp.Html.Parser;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Tests.Rendering;

public sealed class ContentsBuilderTests
{
    [Fact]
    public void Headings_BecomeANestedListWithTheirIdsAndText()
    {
        using var document = new HtmlParser().ParseDocument(
            "<h2 id='part-1'>一、举措</h2><p>x</p><h3 id='part-1-1'>(一)甲</h3><h2 id='part-2'>二、不足</h2><h4>不列入</h4>");

        var contents = ContentsBuilder.Build(document.Body!);

        Assert.Collection(contents,
            first =>
            {
                Assert.Equal(("part-1", "一、举措"), (first.Id, first.Text));
                var child = Assert.Single(first.Children);
                Assert.Equal(("part-1-1", "(一)甲"), (child.Id, child.Text));
            },
            second =>
            {
                Assert.Equal(("part-2", "二、不足"), (second.Id, second.Text));
                Assert.Empty(second.Children);
            });
    }

    [Fact]
    public void HeadingsWithoutIds_AreLeftOut()
    {
        using var document = new HtmlParser().ParseDocument("<h2>无编号</h2>");

        Assert.Empty(ContentsBuilder.Build(document.Body!));
    }
}
