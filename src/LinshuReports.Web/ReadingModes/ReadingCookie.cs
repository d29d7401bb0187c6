using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;

namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// The one cookie that keeps a reader's choices: <c>reading=elder.xlarge.yellow-on-black.traditional</c>, the names of
/// the values of <see cref="ReadingSettings.All"/>, in its order. A cookie written before a setting was added lacks its
/// part and reads as its default (<c>elder.xlarge.yellow-on-black</c> is 简体). A value that is not exactly such a
/// list, as sent (never percent-decoded), counts as absent, so a cache in front of the site (nginx's <c>$cookie_reading</c>) keys pages
/// by the same closed set of strings and can never be made to store one mode's page under another's key. The three
/// cookies the site used before (<c>reading-mode</c>, <c>reading-text-size</c>, <c>reading-colour-scheme</c>) are
/// still read when this one is absent, and removed by the next switch.
/// </summary>
public static class ReadingCookie
{
    public const string Name = "reading";

    private const char Separator = '.';

    private const string Prefix = Name + "=";

    /// <summary>Long enough that a reader who chose once is not asked again this year.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>Every combination's value, made once: the page cache keys every request by it.</summary>
    private static readonly FrozenDictionary<ReadingPreferences, string> Values =
        EveryChoice().ToFrozenDictionary(choices => choices, Join);

    /// <summary>Every combination of every setting's values.</summary>
    public static IEnumerable<ReadingPreferences> EveryChoice() =>
        ReadingSettings.All.Aggregate(
            (IEnumerable<ReadingPreferences>)[ReadingPreferences.Default],
            (choices, setting) => choices.SelectMany(choice => setting.ValueNames.Select(name =>
            {
                setting.TryApply(name, choice, out var next);
                return next;
            })));

    public static ReadingPreferences Read(HttpRequest request)
    {
        var header = request.Headers.Cookie;
        if (header.Count == 0)
        {
            // Most readers never switch: without any cookie, nothing is parsed and the request's cookies are not built.
            return ReadingPreferences.Default;
        }

        return TryParse(RawValue(header), out var choices) ? choices : ReadLegacy(request.Cookies);
    }

    public static string Format(ReadingPreferences choices) => Values[choices];

    private static string Join(ReadingPreferences choices) =>
        string.Join(Separator, ReadingSettings.All.Select(setting => setting.NameIn(choices)));

    public static bool TryParse(string? value, out ReadingPreferences choices)
    {
        choices = ReadingPreferences.Default;
        var names = value?.Split(Separator) ?? [];
        if (names.Length < ReadingSettings.FirstCookieParts || names.Length > ReadingSettings.All.Count)
        {
            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (!ReadingSettings.All[i].TryApply(names[i], choices, out choices))
            {
                choices = ReadingPreferences.Default;
                return false;
            }
        }

        return true;
    }

    public static void Write(HttpContext context, ReadingPreferences choices)
    {
        context.Response.Cookies.Append(Name, Format(choices), new CookieOptions
        {
            MaxAge = Lifetime,
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
        });
        foreach (var setting in ReadingSettings.All)
        {
            if (setting.LegacyCookieName is { } name && context.Request.Cookies.ContainsKey(name))
            {
                context.Response.Cookies.Delete(name);
            }
        }
    }

    /// <summary>The first cookie of this name as sent, as nginx reads it: <see cref="HttpRequest.Cookies"/> would percent-decode it.</summary>
    private static string? RawValue(StringValues headers)
    {
        // Every request passes here, cached page or not: the header is scanned in place, nothing split into arrays.
        foreach (var header in headers)
        {
            var text = header.AsSpan();
            foreach (var range in text.Split(';'))
            {
                var pair = text[range].Trim(' ');
                if (pair.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    return pair[Prefix.Length..].ToString();
                }
            }
        }

        return null;
    }

    /// <summary>Each old cookie on its own; an unknown value is that setting's default.</summary>
    private static ReadingPreferences ReadLegacy(IRequestCookieCollection cookies)
    {
        var choices = ReadingPreferences.Default;
        foreach (var setting in ReadingSettings.All)
        {
            if (setting.LegacyCookieName is { } name)
            {
                setting.TryApply(cookies[name], choices, out choices);
            }
        }

        return choices;
    }
}
