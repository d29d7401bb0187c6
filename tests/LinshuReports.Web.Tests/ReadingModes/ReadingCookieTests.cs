using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class ReadingCookieTests
{
    private static IEnumerable<ReadingPreferences> EveryChoice() =>
        from mode in Enum.GetValues<ReadingMode>()
        from size in Enum.GetValues<TextSize>()
        from scheme in Enum.GetValues<ColourScheme>()
        from script in Enum.GetValues<Script>()
        select new ReadingPreferences(mode, size, scheme, script);

    [Fact]
    public void EveryChoice_IsWrittenAndReadBack()
    {
        foreach (var choice in EveryChoice())
        {
            Assert.True(ReadingCookie.TryParse(ReadingCookie.Format(choice), out var read));
            Assert.Equal(choice, read);
        }
    }

    /// <summary>A cache in front of the site keys pages by this closed set: the value a switch writes is always one of them.</summary>
    [Fact]
    public void TheValuesWritten_AreSixteenPlainAsciiNames()
    {
        var values = EveryChoice().Select(ReadingCookie.Format).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(16, values.Count);
        Assert.All(values, v => Assert.Matches("^(standard|elder)\\.(large|xlarge)\\.(black-on-white|yellow-on-black)\\.(simplified|traditional)$", v));
    }

    [Fact]
    public void TheTablesCombinations_AreEveryChoice() =>
        Assert.Equal(EveryChoice().ToHashSet(), ReadingCookie.EveryChoice().ToHashSet());

    /// <summary>Cookies written before 繁體 existed have three parts; their readers read 简体.</summary>
    [Theory]
    [InlineData("elder.xlarge.yellow-on-black", ReadingMode.Elder, TextSize.ExtraLarge, ColourScheme.YellowOnBlack)]
    [InlineData("standard.large.black-on-white", ReadingMode.Standard, TextSize.Large, ColourScheme.BlackOnWhite)]
    public void AThreePartCookie_ReadsAsSimplified(string value, ReadingMode mode, TextSize size, ColourScheme scheme)
    {
        Assert.True(ReadingCookie.TryParse(value, out var read));
        Assert.Equal(new ReadingPreferences(mode, size, scheme, Script.Simplified), read);
    }

    [Theory]
    [InlineData("elder.large")]
    [InlineData("elder.large.black-on-white.traditional.extra")]
    [InlineData("elder.large.black-on-white.Traditional")]
    [InlineData("elder.large.black-on-white.")]
    public void AnythingElse_IsAbsent(string value)
    {
        Assert.False(ReadingCookie.TryParse(value, out var read));
        Assert.Equal(ReadingPreferences.Default, read);
    }

    /// <summary>The script applies on standard pages too; size and colours only in elder mode.</summary>
    [Fact]
    public void AStandardPage_KeepsTheScript_AndDropsSizeAndColours() =>
        Assert.Equal(
            new ReadingPreferences(ReadingMode.Standard, TextSize.Large, ColourScheme.BlackOnWhite, Script.Traditional),
            new ReadingPreferences(ReadingMode.Standard, TextSize.ExtraLarge, ColourScheme.YellowOnBlack, Script.Traditional).Effective());
}
