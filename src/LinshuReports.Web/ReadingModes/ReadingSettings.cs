namespace LinshuReports.Web.ReadingModes;

/// <summary>The reading settings a reader can switch: the mode, and in elder mode the type size and colours.</summary>
public static class ReadingSettings
{
    public const string ModeName = "reading-mode";

    public static readonly ReadingSetting<ReadingMode> Mode = new(ModeName, ReadingMode.Standard, new Dictionary<string, ReadingMode>
    {
        ["standard"] = ReadingMode.Standard,
        ["elder"] = ReadingMode.Elder,
    });

    public static readonly ReadingSetting<TextSize> Size = new("text-size", TextSize.Large, new Dictionary<string, TextSize>
    {
        ["large"] = TextSize.Large,
        ["xlarge"] = TextSize.ExtraLarge,
    });

    public static readonly ReadingSetting<ColourScheme> Scheme = new("colour-scheme", ColourScheme.BlackOnWhite, new Dictionary<string, ColourScheme>
    {
        ["black-on-white"] = ColourScheme.BlackOnWhite,
        ["yellow-on-black"] = ColourScheme.YellowOnBlack,
    });

    /// <summary>
    /// Size and colours apply in elder mode only; a standard page ignores them, so they do not split its cache
    /// entry, and the reader's choices come back when they return to elder mode.
    /// </summary>
    public static ReadingPreferences Read(IRequestCookieCollection cookies) =>
        Mode.Read(cookies) == ReadingMode.Elder
            ? new(ReadingMode.Elder, Size.Read(cookies), Scheme.Read(cookies))
            : ReadingPreferences.Default;

    public static string ToName(this ReadingMode mode) => Mode.ToName(mode);

    public static string ToName(this TextSize size) => Size.ToName(size);

    public static string ToName(this ColourScheme scheme) => Scheme.ToName(scheme);
}
