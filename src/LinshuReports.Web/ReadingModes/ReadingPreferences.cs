namespace LinshuReports.Web.ReadingModes;

/// <summary>A reader's reading choices. <see cref="Effective"/>() is what pages are rendered, and cached, by.</summary>
public readonly record struct ReadingPreferences(ReadingMode Mode, TextSize Size, ColourScheme Scheme)
{
    public static ReadingPreferences Default => new(ReadingMode.Standard, TextSize.Large, ColourScheme.BlackOnWhite);

    public bool IsElder => Mode == ReadingMode.Elder;

    /// <summary>
    /// Size and colours apply in elder mode only; a standard page ignores them, so they do not split its cache
    /// entry, and the reader's choices come back when they return to elder mode.
    /// </summary>
    public ReadingPreferences Effective() => IsElder ? this : Default;
}
