namespace LinshuReports.Web.ReadingModes;

/// <summary>The spelling of each mode in cookies, URLs and the page's <c>data-reading-mode</c> attribute.</summary>
public static class ReadingModeNames
{
    public const string Standard = "standard";
    public const string Elder = "elder";

    public static string ToName(this ReadingMode mode) => mode == ReadingMode.Elder ? Elder : Standard;

    /// <summary>Anything but an exact known name is no mode at all: the caller picks the safe default.</summary>
    public static bool TryParse(string? value, out ReadingMode mode)
    {
        switch (value)
        {
            case Standard:
                mode = ReadingMode.Standard;
                return true;
            case Elder:
                mode = ReadingMode.Elder;
                return true;
            default:
                mode = ReadingMode.Standard;
                return false;
        }
    }
}
