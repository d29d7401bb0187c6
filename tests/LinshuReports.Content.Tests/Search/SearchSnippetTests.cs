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
}
