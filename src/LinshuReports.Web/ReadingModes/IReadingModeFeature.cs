namespace LinshuReports.Web.ReadingModes;

/// <summary>The reading preferences of the current request, resolved once by <see cref="ReadingModeMiddleware"/>.</summary>
public interface IReadingModeFeature
{
    ReadingPreferences Preferences { get; }
}

internal sealed record ReadingModeFeature(ReadingPreferences Preferences) : IReadingModeFeature;
