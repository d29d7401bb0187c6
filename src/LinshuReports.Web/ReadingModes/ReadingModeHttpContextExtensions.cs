namespace LinshuReports.Web.ReadingModes;

public static class ReadingModeHttpContextExtensions
{
    /// <summary>The request's reading preferences; the defaults when the middleware has not run.</summary>
    public static ReadingPreferences GetReadingPreferences(this HttpContext context) =>
        context.Features.Get<IReadingModeFeature>()?.Preferences ?? ReadingPreferences.Default;
}
