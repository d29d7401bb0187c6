namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// One row of the reading-setting table: its name in switch URLs and in the reading cookie, its values by
/// name (each with the words of the link that chooses it), and where it lives in <see cref="ReadingPreferences"/>. Everything that builds, parses or
/// switches a setting goes through a row, so a new setting is a new row and nothing else.
/// </summary>
public abstract class ReadingSetting(string name, string legacyCookieName)
{
    /// <summary>The setting's name in switch URLs.</summary>
    public string Name { get; } = name;

    /// <summary>The cookie that held this setting alone before the one reading cookie; still honoured.</summary>
    public string LegacyCookieName { get; } = legacyCookieName;

    /// <summary>The name of this setting's value in <paramref name="preferences"/>.</summary>
    public abstract string NameIn(ReadingPreferences preferences);

    /// <summary>Only an exact known name is a value; anything else leaves the preferences as they were and returns false.</summary>
    public abstract bool TryApply(string? valueName, ReadingPreferences preferences, out ReadingPreferences result);
}
