namespace LinshuReports.Web.ReadingModes;

/// <summary>The reading mode of the current request, resolved once by <see cref="ReadingModeMiddleware"/>.</summary>
public interface IReadingModeFeature
{
    ReadingMode Mode { get; }
}
