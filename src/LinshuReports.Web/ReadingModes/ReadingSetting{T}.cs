namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// A reading setting a reader can switch: its name in switch URLs, the cookie that held it alone before the one
/// reading cookie (still honoured), whether standard pages honour it, and its values, each named in switch URLs and
/// the reading cookie and labelled for the link that chooses it, the first the default.
/// </summary>
public sealed class ReadingSetting<T>(
    string name,
    string? legacyCookieName,
    bool appliesInStandardMode,
    IReadOnlyList<ReadingOption<T>> options,
    Func<ReadingPreferences, T> get,
    Func<ReadingPreferences, T, ReadingPreferences> set) : IReadingSetting
    where T : struct, Enum
{
    public string Name { get; } = name;

    public string? LegacyCookieName { get; } = legacyCookieName;

    public bool AppliesInStandardMode { get; } = appliesInStandardMode;

    public IReadOnlyList<ReadingOption<T>> Options { get; } = options;

    public IEnumerable<string> ValueNames => Options.Select(o => o.Name);

    public ReadingOption<T> OptionFor(T value) => Options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value));

    public T ValueIn(ReadingPreferences preferences) => get(preferences);

    public string NameOf(T value) => OptionFor(value).Name;

    public string NameIn(ReadingPreferences preferences) => NameOf(get(preferences));

    public ReadingPreferences ResetIn(ReadingPreferences preferences) => set(preferences, Options[0].Value);

    public bool TryApply(string? valueName, ReadingPreferences preferences, out ReadingPreferences result)
    {
        var chosen = Options.FirstOrDefault(o => string.Equals(o.Name, valueName, StringComparison.Ordinal));
        result = chosen is null ? preferences : set(preferences, chosen.Value);
        return chosen is not null;
    }
}
