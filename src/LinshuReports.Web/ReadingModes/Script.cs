namespace LinshuReports.Web.ReadingModes;

/// <summary>The characters pages are written in: 简体 as published, or 繁體 converted by OpenCC's dictionaries.</summary>
public enum Script
{
    Simplified,
    Traditional,
}
