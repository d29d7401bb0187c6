using LinshuReports.Content.Search;

namespace LinshuReports.Content.Tests.Search;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("（一）", "(一)")]
    [InlineData("，", ",")]
    [InlineData("２０２４年", "2024年")]
    [InlineData("ABC", "abc")]
    [InlineData("Ｅ复议", "e复议")]
    [InlineData("法治政府", "法治政府")]
    [InlineData("㈠", "(一)")]
    public void Folding_MatchesWhatAReaderTypesToWhatTheReportWrote(string text, string folded) =>
        Assert.Equal(folded, FoldedText.Fold(text).Value);

    [Fact]
    public void AnExpandedCharacter_LeadsBackToItsOriginal()
    {
        const string text = "第㈠项规定";
        var folded = FoldedText.Fold(text);

        var at = folded.Value.IndexOf("(一)项", StringComparison.Ordinal);

        Assert.Equal("㈠项", text[Range(folded.ToOriginal(at, at + 4, text))]);
        Assert.Equal("规定", text[Range(folded.ToOriginal(folded.Value.IndexOf("规定", StringComparison.Ordinal), folded.Value.Length, text))]);
    }

    [Fact]
    public void ACharacterOutsideTheBasicPlane_StaysWhole()
    {
        const string text = "甲𠀀乙";
        var folded = FoldedText.Fold(text);

        Assert.Equal(text, folded.Value);
        Assert.Equal("𠀀", text[Range(folded.ToOriginal(1, 3, text))]);
    }

    [Fact]
    public void ACharacterOutsideTheBasicPlane_AfterAnExpandedOne_LeadsBackWhole()
    {
        const string text = "㈠𠀀";
        var folded = FoldedText.Fold(text);

        var at = folded.Value.IndexOf("𠀀", StringComparison.Ordinal);

        Assert.Equal("(一)𠀀", folded.Value);
        Assert.Equal("𠀀", text[Range(folded.ToOriginal(at, at + 2, text))]);
    }

    [Fact]
    public void ALoneHalfOfASurrogatePair_KeepsItsPlaceAndMatchesNothing()
    {
        Assert.Equal("甲\uFFFD", FoldedText.Fold("甲\uD840").Value);
        Assert.Equal("\uFFFD乙", FoldedText.Fold("\uDC00乙").Value);
        Assert.Equal("甲\uFFFD乙", FoldedText.Fold("甲\uDC00乙").Value);
        Assert.Equal("\uFFFD𠀀", FoldedText.Fold("\uD840\uD840\uDC00").Value);
    }

    private static System.Range Range((int Start, int End) range) => range.Start..range.End;
}
