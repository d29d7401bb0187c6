using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Tests.ReadingModes;

public sealed class ReadingCookieTests
{
    private static IEnumerable<ReadingPreferences> EveryChoice() =>
        from mode in Enum.GetValues<ReadingMode>()
        from size in Enum.GetValues<TextSize>()
        from scheme in Enum.GetValues<ColourScheme>()
        select new ReadingPreferences(mode, size, scheme);

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
    public void TheValuesWritten_AreEightPlainAsciiNames()
    {
        var values = EveryChoice().Select(ReadingCookie.Format).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(8, values.Count);
        Assert.All(values, v => Assert.Matches("^(standard|elder)\\.(large|xlarge)\\.(black-on-white|yellow-on-black)$", v));
    }
}
