namespace LinshuReports.Web.ReadingModes;

public static class ReadingModeHttpContextExtensions
{
    /// <summary>The request's reading mode; standard when the middleware has not run (as on a bare error re-execution).</summary>
    public static ReadingMode GetReadingMode(this HttpContext context) =>
        context.Features.Get<IReadingModeFeature>()?.Mode ?? ReadingMode.Standard;
}
