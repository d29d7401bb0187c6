namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// The table of reading settings a reader can switch: the mode, in elder mode the type size and colours, and in
/// both modes the script. The cookie, the switch, the cache key and nginx's map (checked by a test) follow
/// <see cref="All"/>, in its order; a new setting goes at its end, so that older cookies, which lack its part,
/// still read as its default.
/// </summary>
public static class ReadingSettings
{
    public static readonly ReadingSetting<ReadingMode> Mode = new("mode", "reading-mode", true,
        [new(ReadingMode.Standard, "standard", "退出长者模式"), new(ReadingMode.Elder, "elder", "长者浏览模式")],
        p => p.Mode, (p, v) => p with { Mode = v });

    public static readonly ReadingSetting<TextSize> Size = new("text-size", "reading-text-size", false,
        [new(TextSize.Large, "large", "大"), new(TextSize.ExtraLarge, "xlarge", "特大")],
        p => p.Size, (p, v) => p with { Size = v });

    public static readonly ReadingSetting<ColourScheme> Scheme = new("colour-scheme", "reading-colour-scheme", false,
        [new(ColourScheme.BlackOnWhite, "black-on-white", "白底黑字"), new(ColourScheme.YellowOnBlack, "yellow-on-black", "黑底黄字")],
        p => p.Scheme, (p, v) => p with { Scheme = v });

    /// <summary>Each label is written in the script it chooses, as readers of either look for it.</summary>
    public static readonly ReadingSetting<Script> Script = new("script", null, true,
        [new(ReadingModes.Script.Simplified, "simplified", "简体"), new(ReadingModes.Script.Traditional, "traditional", "繁體")],
        p => p.Script, (p, v) => p with { Script = v });

    /// <summary>Every setting, in the order of their parts in the reading cookie.</summary>
    public static readonly IReadOnlyList<IReadingSetting> All = [Mode, Size, Scheme, Script];

    /// <summary>The parts of the first reading cookie (mode, size, scheme); a cookie from then reads the later settings as their defaults.</summary>
    public const int FirstCookieParts = 3;

    public static string ToName(this ReadingMode mode) => Mode.NameOf(mode);

    public static string ToName(this TextSize size) => Size.NameOf(size);

    public static string ToName(this ColourScheme scheme) => Scheme.NameOf(scheme);

    public static string ToName(this Script script) => Script.NameOf(script);

    /// <summary>The page's <c>lang</c>: zh-CN as published, zh-Hant once converted.</summary>
    public static string LanguageTag(this Script script) => script == ReadingModes.Script.Traditional ? "zh-Hant" : "zh-CN";
}
