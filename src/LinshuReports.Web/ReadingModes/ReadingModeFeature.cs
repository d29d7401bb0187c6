namespace LinshuReports.Web.ReadingModes;

internal sealed record ReadingModeFeature(ReadingMode Mode) : IReadingModeFeature;
