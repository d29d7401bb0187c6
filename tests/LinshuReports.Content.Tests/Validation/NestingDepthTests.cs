using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>The depth count that refuses a file too deeply nested to parse safely: it must neither miss a level (the
/// site would crash on the file) nor see one that is not there (a clerk's ordinary report would be refused).</summary>
public sealed class NestingDepthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("一、总体情况", 0)]
    [InlineData("> 引文", 1)]
    [InlineData("  > 缩进的引文", 1)]
    [InlineData("> >> 三层引文", 3)]
    [InlineData("- 列表项", 1)]
    [InlineData("-\t制表符后的列表项", 1)]
    [InlineData("- ", 1)]
    [InlineData("-", 0)]
    [InlineData("-没有空格", 0)]
    [InlineData("1. 第一项", 1)]
    [InlineData("12) 第十二项", 1)]
    [InlineData("123456789. 九位数字", 1)]
    [InlineData("1234567890. 十位数字不是列表", 0)]
    [InlineData("1.", 0)]
    [InlineData("1.没有空格", 0)]
    [InlineData(". 没有数字", 0)]
    [InlineData("2024年 不是列表", 0)]
    [InlineData("1. 2. 3. 三层有序列表", 3)]
    [InlineData("> - > 1. 四层", 4)]
    [InlineData("1. - 有序里的无序", 2)]
    public void Counts_the_block_quotes_and_list_items_a_line_opens(string line, int containers)
    {
        Assert.Equal(containers, NestingDepth.Containers(line));
    }

    [Theory]
    [InlineData("title: 报告\ntags: [法治, 政府]\n", 1, -1)]
    [InlineData("tags: [法治, 政府]\n", 0, 0)]
    [InlineData("[[]]", 2, -1)]
    [InlineData("[[", 2, -1)]
    [InlineData("[[[", 2, 0)]
    [InlineData("a: [\n  {\n    b: [x]}]\n", 2, 2)]
    [InlineData("[][][][]", 1, -1)]
    public void Names_the_line_where_flow_collections_first_nest_too_deep(string yaml, int limit, int line)
    {
        Assert.Equal(line, NestingDepth.LineBeyondFlowLimit(yaml, limit));
    }

    [Fact]
    public void Stray_closing_brackets_do_not_buy_depth_for_a_later_nest()
    {
        Assert.Equal(1, NestingDepth.LineBeyondFlowLimit("a: ]]]\nb: [[x]]\n", limit: 1));
    }
}
