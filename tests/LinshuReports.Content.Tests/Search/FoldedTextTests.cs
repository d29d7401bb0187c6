using System.Text;
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

    [Fact]
    public void ANoncharacter_KeepsItsPlaceAndMatchesNothing_WhereNormalisingItWouldThrow()
    {
        Assert.Equal("正文\uFFFD第一段", FoldedText.Fold("正文\uFFFE第一段").Value);
        Assert.Equal("\uFFFD\uFFFD\uFFFD", FoldedText.Fold("\uFFFF\uFDD0\U0001FFFE").Value);
    }

    [Fact]
    public void EveryCodePoint_AndEveryLoneSurrogate_Folds_AndLeadsBackInsideTheText()
    {
        var every = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            every.Append(Rune.IsValid(codePoint) ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString()).Append('甲');
        }

        var text = every.ToString();
        var folded = FoldedText.Fold(text);

        var (start, end) = folded.ToOriginal(0, folded.Value.Length, text);
        Assert.Equal((0, text.Length), (start, end));
    }

    [Fact]
    public void RandomCodeUnits_AlwaysFold_AndEveryCharacterLeadsBackInsideTheText()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => (char)random.Next(0, 0x10000)).ToArray());
            var folded = FoldedText.Fold(text);

            for (var at = 0; at < folded.Value.Length; at++)
            {
                var (start, end) = folded.ToOriginal(at, at + 1, text);
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
            }
        }
    }

    private static System.Range Range((int Start, int End) range) => range.Start..range.End;
}
