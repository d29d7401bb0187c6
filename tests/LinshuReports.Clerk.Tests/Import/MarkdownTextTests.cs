using AngleSharp.Html.Parser;
using LinshuReports.Import;
using LinshuReports.Content.Parsing;
using Markdig;

namespace LinshuReports.Clerk.Tests.Import;

/// <summary>An imported line, escaped, renders as exactly the words it was: never a list, a heading, emphasis or a link.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("完成率*达到*100%")]
    [InlineData("a_b_c 与 __粗__")]
    [InlineData("[注] 见[链接](https://x)")]
    [InlineData("<b>不是标签</b> & `代码` | 竖线 ~删除~")]
    [InlineData("反斜杠 \\ 与 \\*")]
    [InlineData("# 不是标题")]
    [InlineData("- 不是列表")]
    [InlineData("+ 不是列表")]
    [InlineData("= 不是下划线标题")]
    [InlineData("1. 不是编号")]
    [InlineData("12) 不是编号")]
    [InlineData("2.")]
    [InlineData("> 不是引用")]
    public void EscapedLine_RendersAsItsOwnText(string line)
    {
        var html = Markdown.ToHtml("前一段\n\n" + MarkdownText.Escape(line) + "\n", MarkdownPipelineProvider.Shared);

        using var document = new HtmlParser().ParseDocument(html);
        var paragraphs = document.Body!.Children;
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal("p", paragraphs[1].LocalName);
        Assert.Empty(paragraphs[1].Children);
        Assert.Equal(line, paragraphs[1].TextContent);
    }

    [Theory]
    [InlineData("2024年全县……")]
    [InlineData("12.5%的案件")]
    [InlineData("一、主要举措")]
    public void OrdinaryText_IsLeftAsItIs(string line) => Assert.Equal(line, MarkdownText.Escape(line));
}
