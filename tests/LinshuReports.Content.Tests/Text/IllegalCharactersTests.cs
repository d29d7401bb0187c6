using System.Globalization;
using System.Text;
using LinshuReports.Content.Text;

namespace LinshuReports.Content.Tests.Text;

/// <summary>The one rule for characters a report may not hold, checked over every code point Unicode has.</summary>
public sealed class IllegalCharactersTests
{
    [Fact]
    public void EveryControlButTabAndLineBreaks_AndEveryNoncharacter_IsIllegal_AndNothingElse()
    {
        var illegal = new List<int>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (Rune.IsValid(codePoint) && IllegalCharacters.IsIllegal(new Rune(codePoint)))
            {
                illegal.Add(codePoint);
            }
        }

        // Unicode's own lists: general category Cc, and the 66 noncharacters (U+FDD0–U+FDEF and the last two of each of the 17 planes).
        var controls = Enumerable.Range(0, 0x10000)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not ('\t' or '\n' or '\r'));
        var noncharacters = Enumerable.Range(0xFDD0, 32).Concat(Enumerable.Range(0, 17).SelectMany(plane => new[] { (plane << 16) | 0xFFFE, (plane << 16) | 0xFFFF }));
        Assert.Equal(controls.Concat(noncharacters).Order(), illegal);
        Assert.Equal(62 + 66, illegal.Count);
    }

    /// <summary>Built in code and not handed to xUnit as data, whose serialisation would turn a lone surrogate into U+FFFD.</summary>
    private static readonly (string Text, int Index, int CodePoint)[] Texts =
    [
        ("甲\uD840", 1, 0xD840),
        ("\uDC00乙", 0, 0xDC00),
        ("\uD840\uD840\uDC00", 0, 0xD840),
        ("𠀀\uDC00", 2, 0xDC00),
        ("𠀀甲\U0001FFFE", 3, 0x1FFFE),
        ("正文\f", 2, 0x0C),
        ("\u0085", 0, 0x85),
        ("甲\t乙\r\n丙𠀀\uFEFF\u202E\uFFFD", -1, 0),
    ];

    [Fact]
    public void TheFirstIllegalCharacter_IsFoundWhole_ALoneSurrogateAsItself()
    {
        foreach (var (text, index, codePoint) in Texts)
        {
            Assert.Equal((index, codePoint), (IllegalCharacters.IndexOf(text, 0, out var found), found));
        }
    }

    [Fact]
    public void Removing_DropsEveryIllegalCharacter_AndKeepsEverythingElse()
    {
        Assert.Equal("甲乙𠀀丙\t\n", IllegalCharacters.Remove("\u0001甲\uFFFE乙\uD840𠀀\U0010FFFF丙\uDC00\t\n\u007F"));
        const string clean = "临沭县2024年度法治政府建设报告";
        Assert.Same(clean, IllegalCharacters.Remove(clean));
    }
}
