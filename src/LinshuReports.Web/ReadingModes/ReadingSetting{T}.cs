namespace LinshuReports.Web.ReadingModes;

/// <summary>A reading setting whose values are the members of <typeparamref name="T"/>, the first one its default.</summary>
public sealed class ReadingSetting<T>(
    string name,
    string legacyCookieName,
    IReadOnlyList<ReadingOption<T>> options,
    Func<ReadingPreferences, T> get,
    Func<ReadingPreferences, T, ReadingPreferences> set)
    : ReadingSetting(name, legacyCookieName)
    where T : struct, Enum
{
    private readonly Dictionary<T, ReadingOption<T>> _byValue = options.ToDictionary(o => o.Value);

    public IReadOnlyList<ReadingOption<T>> Options { get; } = options;

    public ReadingOption<T> OptionFor(T value) => _byValue[value];

    public T ValueIn(ReadingPreferences preferences) => get(preferences);

    public string NameOf(T value) => OptionFor(value).Name;

    public override string NameIn(ReadingPreferences preferences) => NameOf(get(preferences));

    public override bool TryApply(string? valueName, ReadingPreferences preferences, out ReadingPreferences result)
    {
        // Indexed, not foreach: enumerating an IReadOnlyList allocates, and every request with a cookie passes here.
        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Name, valueName, StringComparison.Ordinal))
            {
                result = set(preferences, Options[i].Value);
                return true;
            }
        }

        result = preferences;
        return false;
    }
}
