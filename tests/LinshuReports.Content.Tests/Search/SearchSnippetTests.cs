using LinshuReports.Content.Search;

namespace LinshuReports.Content.Tests.Search;

public sealed class SearchSnippetTests
{
    private static string Marked(SearchSnippet snippet) => string.Concat(snippet.Parts.Select(p => p.IsMatch ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void OnlyTheMatchedWords_AreMarked_EveryTime()
    {
        var snippet = SearchSnippet.For("发挥行政复议能动作用，延展行政复议监督效能。", SearchQuery.Parse("行政复议").Terms);

        Assert.Equal("发挥[行政复议]能动作用，延展[行政复议]监督效能。", Marked(snippet));
        Assert.Equal("行政复议", snippet.FirstMatch);
    }

    [Fact]
    public void WidthAndCase_AreFolded_ButTheReportsOwnCharactersAreShown()
    {
        var snippet = SearchSnippet.For("(一)扎实推进依法行政,E复议平台。", SearchQuery.Parse("（一） ｅ复议").Terms);

        Assert.Equal("[(一)]扎实推进依法行政,[E复议]平台。", Marked(snippet));
    }

    [Fact]
    public void ALongPassage_IsCutAroundTheFirstMatch_WithEllipses()
    {
        var text = new string('甲', 300) + "行政复议" + new string('乙', 300);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("行政复议").Terms);
        var shown = string.Concat(snippet.Parts.Select(p => p.Text)).Trim('…');

        Assert.Equal("…", snippet.Parts[0].Text);
        Assert.Equal("…", snippet.Parts[^1].Text);
        Assert.InRange(shown.Length, 60, 120);
        Assert.Contains("[行政复议]", Marked(snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingWords_AreMarkedOnce()
    {
        var snippet = SearchSnippet.For("推进法治政府建设", SearchQuery.Parse("法治 治政").Terms);

        Assert.Equal("推进[法治政]府建设", Marked(snippet));
    }

    [Fact]
    public void ALongPassage_ShowsThirtyCharactersBeforeTheFirstMatch_AndAHundredInAll()
    {
        var text = new string('甲', 300) + "行政复议" + new string('乙', 300);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("行政复议").Terms);

        Assert.Equal("…" + new string('甲', 30) + "[行政复议]" + new string('乙', 66) + "…", Marked(snippet));
        Assert.False(snippet.Parts[0].IsMatch);
        Assert.False(snippet.Parts[^1].IsMatch);
    }

    [Fact]
    public void AMatchNearTheEnd_ShowsTheLastHundredCharacters_WithNoEllipsisAfter()
    {
        var text = new string('甲', 300) + "行政复议";

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("行政复议").Terms);

        Assert.Equal("…" + new string('甲', 96) + "[行政复议]", Marked(snippet));
    }

    [Fact]
    public void APassageOfExactlyTheWidth_IsShownWhole()
    {
        var text = "行政复议" + new string('乙', SearchSnippet.Width - 4);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("行政复议").Terms);

        Assert.Equal("[行政复议]" + new string('乙', SearchSnippet.Width - 4), Marked(snippet));
    }

    [Fact]
    public void MatchesBeyondTheWindow_AreLeftOut_AndOneAtItsEdgeIsCut()
    {
        // First match at 40, so the window is 10..110; the second starts one character before its end.
        var text = new string('甲', 40) + "复议" + new string('乙', 67) + "复议" + new string('丙', 20) + "复议";

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal("…" + new string('甲', 30) + "[复议]" + new string('乙', 67) + "[复]…", Marked(snippet));
    }

    [Fact]
    public void AMatchStartingWhereTheWindowEnds_IsNotShown()
    {
        var text = new string('甲', 40) + "复议" + new string('乙', 68) + "复议" + new string('丙', 20);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal("…" + new string('甲', 30) + "[复议]" + new string('乙', 68) + "…", Marked(snippet));
        Assert.DoesNotContain(snippet.Parts, p => p.Text.Length == 0);
    }

    [Theory]
    [InlineData("行政复议监督", "监督 复议", "行政[复议监督]", "复议监督")]
    [InlineData("监督行政复议，再监督", "复议 监督", "[监督]行政[复议]，再[监督]", "监督")]
    [InlineData("推进法治政府建设", "政府 法治", "推进[法治政府]建设", "法治政府")]
    public void WordsAreMarkedInTheOrderOfTheText_AndTouchingWordsAsOne(string text, string query, string marked, string firstMatch)
    {
        var snippet = SearchSnippet.For(text, SearchQuery.Parse(query).Terms);

        Assert.Equal(marked, Marked(snippet));
        Assert.Equal(firstMatch, snippet.FirstMatch);
    }

    [Theory]
    [InlineData("行政复议")]
    [InlineData("复议平台")]
    public void NoPart_IsEmpty_WhereAMatchOpensOrClosesThePassage(string query)
    {
        var snippet = SearchSnippet.For("行政复议平台", SearchQuery.Parse(query).Terms);

        Assert.DoesNotContain(snippet.Parts, p => p.Text.Length == 0);
    }

    [Fact]
    public void APassageWithoutTheWords_IsShownFromItsStart()
    {
        var shortText = SearchSnippet.For("推进法治政府建设", SearchQuery.Parse("复议").Terms);
        var longText = SearchSnippet.For(new string('甲', 150), SearchQuery.Parse("复议").Terms);

        var widthText = SearchSnippet.For(new string('乙', SearchSnippet.Width), SearchQuery.Parse("复议").Terms);

        Assert.Equal("推进法治政府建设", Marked(shortText));
        Assert.Equal(new string('乙', SearchSnippet.Width), Marked(widthText));
        Assert.Equal(new string('甲', SearchSnippet.Width) + "…", Marked(longText));
        Assert.All(longText.Parts, p => Assert.False(p.IsMatch));
        Assert.Equal(string.Empty, longText.FirstMatch);
    }

    [Fact]
    public void APassageBeginningWithABrokenCharacter_StillGetsItsSnippet()
    {
        var text = "\uDC00" + new string('甲', 9) + "复议" + new string('乙', 200);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal("\uDC00" + new string('甲', 9) + "[复议]" + new string('乙', 88) + "…", Marked(snippet));
    }

    [Fact]
    public void ACharacterBeyondTheBasicPlane_IsNeverCutInHalf_AtEitherEdge()
    {
        // 𠀀 and 𪚥 are two UTF-16 units each. The window would open on 𠀀's second unit (40 - 30 = 10) and
        // close on 𪚥's second unit (10 + 100 = 110); both are kept whole instead.
        var text = new string('甲', 9) + "𠀀" + new string('乙', 29) + "复议" + new string('丙', 67) + "𪚥" + new string('丁', 50);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal("…𠀀" + new string('乙', 29) + "[复议]" + new string('丙', 67) + "𪚥…", Marked(snippet));
    }

    [Fact]
    public void AnOpening_EndsWithItsLastWholeSentenceInTheWidth_WithAnyWordsMarked()
    {
        var text = "第一句写复议。" + new string('甲', 50) + "。" + new string('乙', 100) + "。";

        var snippet = SearchSnippet.Opening(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal("第一句写[复议]。" + new string('甲', 50) + "。…", Marked(snippet));
        Assert.Equal("复议", snippet.FirstMatch);
    }

    [Fact]
    public void AnOpening_WithoutASentenceEndInItsFirstThird_IsCutAtTheWidth()
    {
        var text = "短句。" + new string('甲', 200);

        var snippet = SearchSnippet.Opening(text, SearchQuery.Parse("复议").Terms);

        Assert.Equal(text[..SearchSnippet.Width] + "…", Marked(snippet));
        Assert.Equal(string.Empty, snippet.FirstMatch);
    }

    [Fact]
    public void ASentenceThatEndsBeforeTheMatch_IsLeftOutOfTheLead()
    {
        var text = new string('甲', 100) + "前一句。" + new string('乙', 10) + "行政复议" + new string('丙', 200);

        var snippet = SearchSnippet.For(text, SearchQuery.Parse("行政复议").Terms);

        Assert.Equal("…" + new string('乙', 10) + "[行政复议]" + new string('丙', 86) + "…", Marked(snippet));
    }
}
