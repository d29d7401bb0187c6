namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// One reading setting kept in its own cookie: its name in URLs and cookies, its values, and the safe
/// default that any unknown, malformed or tampered value falls back to.
/// </summary>
public sealed class ReadingSetting<T>(string name, T defaultValue, IReadOnlyDictionary<string, T> values)
    where T : struct, Enum
{
    /// <summary>Long enough that a reader who chose once is not asked again this year.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    /// <summary>The setting's name in switch URLs.</summary>
    public string Name { get; } = name;

    public string CookieName { get; } = name == ReadingSettings.ModeName ? name : "reading-" + name;

    public T Read(IRequestCookieCollection cookies) => TryParse(cookies[CookieName], out var value) ? value : defaultValue;

    /// <summary>Only an exact known name is a value; anything else is not.</summary>
    public bool TryParse(string? text, out T value)
    {
        if (text is not null && values.TryGetValue(text, out value))
        {
            return true;
        }

        value = defaultValue;
        return false;
    }

    public string ToName(T value) => values.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;

    public void Write(HttpResponse response, T value, bool isHttps) =>
        response.Cookies.Append(CookieName, ToName(value), new CookieOptions
        {
            MaxAge = CookieLifetime,
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            Secure = isHttps,
            IsEssential = true,
        });
}
