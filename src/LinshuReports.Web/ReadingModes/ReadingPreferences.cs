namespace LinshuReports.Web.ReadingModes;

/// <summary>Everything that changes how a page is rendered for its reader; cached pages are keyed by it.</summary>
public readonly record struct ReadingPreferences(ReadingMode Mode, TextSize Size, ColourScheme Scheme)
{
    public static ReadingPreferences Default => new(ReadingMode.Standard, TextSize.Large, ColourScheme.BlackOnWhite);

    public bool IsElder => Mode == ReadingMode.Elder;
}
