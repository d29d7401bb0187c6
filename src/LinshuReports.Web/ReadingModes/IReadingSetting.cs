namespace LinshuReports.Web.ReadingModes;

/// <summary>One row of <see cref="ReadingSettings"/>, whatever the type of its values: what the cookie, the switch and
/// the cache need to know of it.</summary>
public interface IReadingSetting
{
    /// <summary>Its name in switch URLs (<c>/reading-mode/{name}/{value}</c>).</summary>
    string Name { get; }

    /// <summary>The cookie that held it alone before the one reading cookie, still honoured; none for settings added since.</summary>
    string? LegacyCookieName { get; }

    /// <summary>Whether a standard page honours it; otherwise it applies in elder mode only.</summary>
    bool AppliesInStandardMode { get; }

    /// <summary>Its values' names in switch URLs and the cookie, the default first.</summary>
    IEnumerable<string> ValueNames { get; }

    string NameIn(ReadingPreferences preferences);

    ReadingPreferences ResetIn(ReadingPreferences preferences);

    /// <summary>Only an exact known name is a value; anything else leaves the preferences as they were and returns false.</summary>
    bool TryApply(string? valueName, ReadingPreferences preferences, out ReadingPreferences result);
}
