using LinshuReports.Content.Search;

namespace LinshuReports.Content.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("行政复议", new[] { "行政复议" })]
    [InlineData("  行政复议 　12345热线 ", new[] { "12345热线", "行政复议" })]
    [InlineData("（一）", new[] { "(一)" })]
    [InlineData("A.*[b]+", new[] { "a.*[b]+" })]
    [InlineData("<script>alert(1)</script>", new[] { "<script>alert(1)</script>" })]
    [InlineData("法治 法治", new[] { "法治" })]
    public void Words_AreFoldedAndSplitAtSpaces_AndTakenLiterally(string raw, string[] terms) =>
        Assert.Equal(terms.Order(StringComparer.Ordinal), SearchQuery.Parse(raw).Terms.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\u001f\u007f")]
    [InlineData("\ud800")]
    [InlineData("\ufffd")]
    public void NothingButSpaceOrControlCharacters_IsAnEmptyQuery(string? raw)
    {
        var query = SearchQuery.Parse(raw);

        Assert.True(query.IsEmpty);
        Assert.Equal(string.Empty, query.Text);
    }

    [Fact]
    public void ControlCharactersAndBrokenCharacters_AreDroppedFromTheWords()
    {
        var query = SearchQuery.Parse("行政\u0000复\ud800议");

        Assert.Equal("行政复议", query.Text);
        Assert.Equal(["行政复议"], query.Terms);
    }

    [Fact]
    public void ALongQuery_IsCutAtTheCap_AndSaysSo()
    {
        var query = SearchQuery.Parse(new string('法', SearchQuery.MaxLength + 50));

        Assert.True(query.WasCut);
        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.False(SearchQuery.Parse(new string('法', SearchQuery.MaxLength)).WasCut);
    }

    [Fact]
    public void ACutNeverSplitsACharacterOutsideTheBasicPlane()
    {
        var query = SearchQuery.Parse(new string('法', SearchQuery.MaxLength - 1) + "𠀀𠀀");

        Assert.True(query.WasCut);
        Assert.False(char.IsHighSurrogate(query.Text[^1]));
    }

    [Theory]
    [InlineData("\ufffe")]
    [InlineData("\uffff")]
    [InlineData("\ufdd0\ufdef")]
    [InlineData("\U0001FFFE\U0010FFFF")]
    [InlineData("\ufffe\ud800\u0085\udfff")]
    public void Noncharacters_AreDropped_NotFolded(string raw)
    {
        var query = SearchQuery.Parse("行政" + raw + "复议");

        Assert.Equal("行政复议", query.Text);
        Assert.Equal(["行政复议"], query.Terms);
    }

    /// <summary>Every Unicode scalar value, and every lone surrogate code unit, each between two words.</summary>
    [Fact]
    public void EveryCodePointAndCodeUnit_GivesAQuery_NeverAnException()
    {
        var failures = new List<string>();
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            var text = System.Text.Rune.IsValid(value) ? new System.Text.Rune(value).ToString() : ((char)value).ToString();
            try
            {
                _ = SearchQuery.Parse("a" + text + "法");
            }
            catch (ArgumentException)
            {
                failures.Add($"U+{value:X4}");
            }
        }

        Assert.Empty(failures);
    }
}
