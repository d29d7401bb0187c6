namespace LinshuReports.Web.ReadingModes;

/// <summary>The table of reading settings a reader can switch: the mode, and in elder mode the type size and colours.</summary>
public static class ReadingSettings
{
    public static readonly ReadingSetting<ReadingMode> Mode = new("mode", "reading-mode",
        [new(ReadingMode.Standard, "standard", "退出长者模式"), new(ReadingMode.Elder, "elder", "长者浏览模式")],
        p => p.Mode, (p, v) => p with { Mode = v });

    public static readonly ReadingSetting<TextSize> Size = new("text-size", "reading-text-size",
        [new(TextSize.Large, "large", "大"), new(TextSize.ExtraLarge, "xlarge", "特大")],
        p => p.Size, (p, v) => p with { Size = v });

    public static readonly ReadingSetting<ColourScheme> Scheme = new("colour-scheme", "reading-colour-scheme",
        [new(ColourScheme.BlackOnWhite, "black-on-white", "白底黑字"), new(ColourScheme.YellowOnBlack, "yellow-on-black", "黑底黄字")],
        p => p.Scheme, (p, v) => p with { Scheme = v });

    public static string ToName(this ReadingMode mode) => Mode.NameOf(mode);

    public static string ToName(this TextSize size) => Size.NameOf(size);

    public static string ToName(this ColourScheme scheme) => Scheme.NameOf(scheme);
}
