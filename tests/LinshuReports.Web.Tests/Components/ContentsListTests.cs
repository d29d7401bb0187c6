using Bunit;
using LinshuReports.Content.Model;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

public sealed class ContentsListTests : BunitContext
{
    [Fact]
    public void Entries_BecomeLinksToTheirSections_InOrder()
    {
        IReadOnlyList<ContentsEntry> entries =
        [
            new("part-1", "一、举措", [new ContentsEntry("part-1-1", "(一)甲", [])]),
            new("part-2", "二、不足", []),
        ];

        var cut = Render<ContentsList>(p => p.Add(c => c.Entries, entries));

        var links = cut.FindAll("nav a");
        Assert.Equal(["#part-1", "#part-1-1", "#part-2"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["一、举措", "(一)甲", "二、不足"], links.Select(a => a.TextContent));
        Assert.Equal("目录", cut.Find("nav h2").TextContent);
        Assert.Equal("contents-title", cut.Find("nav").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void NoHeadings_RendersNoEmptyNavigation()
    {
        var cut = Render<ContentsList>(p => p.Add(c => c.Entries, []));

        Assert.Empty(cut.FindAll("nav"));
    }
}
