using LinshuReports.Content.Text;

namespace LinshuReports.Content.Tests.Text;

public sealed class ChinesePunctuationTests
{
    [Theory]
    [InlineData("2024年,在市委领导下", "2024年，在市委领导下")]
    [InlineData("分工;构建:机制?是!", "分工；构建：机制？是！")]
    [InlineData("(一)扎实推进依法行政", "（一）扎实推进依法行政")]
    [InlineData("一村(社区)一法律顾问", "一村（社区）一法律顾问")]
    [InlineData("《纲要(2021-2025年)》", "《纲要（2021-2025年）》")]
    [InlineData("“一件事”,通过优化", "“一件事”，通过优化")]
    [InlineData("增长10.1%,达到", "增长10.1%，达到")]
    [InlineData("((一))", "（（一））")]
    [InlineData("见 GB/T 15834(2011),第4条", "见 GB/T 15834(2011)，第4条")]
    [InlineData("网址:https://www.linshu.gov.cn/a,b。", "网址：https://www.linshu.gov.cn/a,b。")]
    public void HalfWidthPunctuationInChineseText_IsTypesetFullWidth(string typed, string shown)
    {
        var (text, changed) = ChinesePunctuation.Typeset(typed);

        Assert.Equal(shown, text);
        Assert.Equal(typed.Zip(shown).Count(pair => pair.First != pair.Second), changed);
    }

    [Theory]
    [InlineData("共1,000件")]
    [InlineData("上午10:30开会")]
    [InlineData("增长10.1%")]
    [InlineData("Hello, world! Is it (really) so?")]
    [InlineData("网址https://www.linshu.gov.cn/a,b?c=1:2(3)")]
    [InlineData("邮箱 fzb@linshu.gov.cn,电话")]
    [InlineData("数字 (1) 和空括号()")]
    [InlineData("已是全角，（一）")]
    public void NumbersLatinTextAndAddresses_KeepTheirPunctuation(string typed)
    {
        var (text, changed) = ChinesePunctuation.Typeset(typed);

        Assert.Equal(0, changed);
        Assert.Equal(typed, text);
    }

    [Fact]
    public void DeeplyNestedParentheses_AreEachTypeset_ByTheirInnermostChineseCharacter()
    {
        // 300,000 levels: judged pair by pair over their text, this took minutes; a clerk's file may hold 2 million characters.
        const int depth = 300_000;
        var typed = new string('(', depth) + "中" + new string(')', depth) + "(abc)";

        var (text, changed) = ChinesePunctuation.Typeset(typed);

        Assert.Equal(2 * depth, changed);
        Assert.Equal(new string('（', depth) + "中" + new string('）', depth) + "(abc)", text);
    }
}
