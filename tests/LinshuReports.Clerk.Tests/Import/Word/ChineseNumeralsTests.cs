using LinshuReports.Import.Word;

namespace LinshuReports.Clerk.Tests.Import.Word;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    [InlineData(0, "0")]
    public void Counting_IsHowAGongwenNumbersItsParts(int n, string shown) => Assert.Equal(shown, ChineseNumerals.Counting(n));

    [Theory]
    [InlineData(2024, "二〇二四")]
    [InlineData(7, "七")]
    [InlineData(-5, "-五")]
    public void DigitByDigit_WritesEachDigit(int n, string shown) => Assert.Equal(shown, ChineseNumerals.DigitByDigit(n));

    [Theory]
    [InlineData(1, "甲")]
    [InlineData(4, "丁")]
    [InlineData(10, "癸")]
    [InlineData(11, "11")]
    [InlineData(0, "0")]
    public void Stem_CountsTheHeavenlyStems_ThenNumbers(int n, string shown) => Assert.Equal(shown, ChineseNumerals.Stem(n));
}
