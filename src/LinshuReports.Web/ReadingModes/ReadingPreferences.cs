namespace LinshuReports.Web.ReadingModes;

/// <summary>A reader's reading choices. <see cref="Effective"/>() is what pages are rendered, and cached, by.</summary>
public readonly record struct ReadingPreferences(ReadingMode Mode, TextSize Size, ColourScheme Scheme, Script Script = Script.Simplified)
{
    public static ReadingPreferences Default => new(ReadingMode.Standard, TextSize.Large, ColourScheme.BlackOnWhite);

    public bool IsElder => Mode == ReadingMode.Elder;

    public bool IsTraditional => Script == Script.Traditional;

    /// <summary>
    /// Settings that apply in elder mode only (size, colours) are their defaults on a standard page, so they do not
    /// split its cache entry, and the reader's choices come back when they return to elder mode.
    /// </summary>
    public ReadingPreferences Effective()
    {
        if (IsElder)
        {
            return this;
        }

        var effective = this;
        foreach (var setting in ReadingSettings.All)
        {
            if (!setting.AppliesInStandardMode)
            {
                effective = setting.ResetIn(effective);
            }
        }

        return effective;
    }
}
