namespace LinshuReports.Web.ReadingModes;

/// <param name="Name">The value's name in switch URLs and the reading cookie: ASCII, lower case.</param>
/// <param name="Label">The words of the link that chooses it.</param>
public sealed record ReadingOption<T>(T Value, string Name, string Label)
    where T : struct, Enum;
