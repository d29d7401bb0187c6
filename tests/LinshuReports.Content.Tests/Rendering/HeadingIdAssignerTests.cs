using AngleSharp.Html.Parser;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Rendering;
using Markdig;

namespace LinshuReports.Content.Tests.Rendering;

public sealed class HeadingIdAssignerTests
{
    private static string[] IdsOf(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownPipelineProvider.Shared);
        HeadingIdAssigner.Assign(document);
        using var html = new HtmlParser().ParseDocument(document.ToHtml(MarkdownPipelineProvider.Shared));
        return html.QuerySelectorAll("h2, h3").Select(h => h.Id ?? "").ToArray();
    }

    [Fact]
    public void ChineseHeadings_GetOutlineIds()
    {
        var ids = IdsOf("## 一、举措\n\n### (一)甲\n\n### (二)乙\n\n## 二、不足\n\n### (一)丙\n");

        Assert.Equal(["part-1", "part-1-1", "part-1-2", "part-2", "part-2-1"], ids);
    }

    [Fact]
    public void RewordingAHeading_KeepsItsId()
    {
        var before = IdsOf("## 一、举措\n\n### (一)甲\n");
        var after = IdsOf("## 一、主要举措和成效\n\n### (一)甲乙丙\n");

        Assert.Equal(before, after);
    }

    [Fact]
    public void SubsectionBeforeAnySection_StillGetsAUniqueId()
    {
        var ids = IdsOf("### 前言\n\n## 一、举措\n\n### (一)甲\n");

        Assert.Equal(["part-0-1", "part-1", "part-1-1"], ids);
    }

    [Fact]
    public void EveryIdThePageCarries_IsOneALinkMayName()
    {
        var document = Markdown.Parse("## 一、举措\n\n正文[^1]，又见[^1]。\n\n### (一)甲\n\n#### 1.小项\n\n[^1]: 注释。\n", MarkdownPipelineProvider.Shared);

        var linkable = HeadingIdAssigner.Assign(document).Concat(FootnoteIds.Of(document)).Order(StringComparer.Ordinal);

        using var html = new HtmlParser().ParseDocument(document.ToHtml(MarkdownPipelineProvider.Shared));
        Assert.Equal(html.QuerySelectorAll("[id]").Select(e => e.Id!).Order(StringComparer.Ordinal), linkable);
    }
}
