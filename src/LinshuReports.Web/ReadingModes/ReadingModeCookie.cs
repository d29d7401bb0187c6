namespace LinshuReports.Web.ReadingModes;

/// <summary>The cookie that remembers a reader's mode across pages and visits.</summary>
public static class ReadingModeCookie
{
    public const string Name = "reading-mode";

    /// <summary>Long enough that an older reader who chose the mode once is not asked again this year.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>A missing, unknown or tampered value means the standard mode, never an error.</summary>
    public static ReadingMode Read(HttpRequest request) =>
        ReadingModeNames.TryParse(request.Cookies[Name], out var mode) ? mode : ReadingMode.Standard;

    public static void Write(HttpResponse response, ReadingMode mode, bool isHttps) =>
        response.Cookies.Append(Name, mode.ToName(), new CookieOptions
        {
            Path = "/",
            MaxAge = Lifetime,
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            Secure = isHttps,
            IsEssential = true,
        });
}
