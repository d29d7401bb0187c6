namespace LinshuReports.Browser.Tests;

/// <summary>The reading settings a reader can choose, as the <c>reading</c> cookie names them, for theories that cover them all.</summary>
public static class ReadingSettingsUnderTest
{
    public const string Standard = "standard.large.black-on-white";

    public const string Elder = "elder.large.black-on-white";

    public const string ExtraLarge = "elder.xlarge.black-on-white";

    public const string YellowOnBlack = "elder.large.yellow-on-black";

    public const string ExtraLargeYellowOnBlack = "elder.xlarge.yellow-on-black";

    /// <summary>繁體 in standard mode: the cookie's fourth part.</summary>
    public const string StandardTraditional = "standard.large.black-on-white.traditional";

    /// <summary>繁體 at 特大, where the header has the least room.</summary>
    public const string ExtraLargeTraditional = "elder.xlarge.black-on-white.traditional";

    public const string ExtraLargeYellowOnBlackTraditional = "elder.xlarge.yellow-on-black.traditional";

    /// <summary>标准, 长者浏览模式, 特大 and 黑底黄字: one of each thing a setting changes.</summary>
    public static readonly string[] Each = [Standard, Elder, ExtraLarge, YellowOnBlack];

    public static readonly int[] Widths = [375, 1280];

    /// <summary>Every setting at a phone's and a desktop's width.</summary>
    public static TheoryData<string, int> EachAtEachWidth()
    {
        var data = new TheoryData<string, int>();
        foreach (var setting in Each)
        {
            foreach (var width in Widths)
            {
                data.Add(setting, width);
            }
        }

        return data;
    }
}
