namespace LinshuReports.Web.ReadingModes;

/// <summary>Type-size steps of 长者浏览模式: 大 (the elder default, 24 px body) and 特大 (30 px body).</summary>
public enum TextSize
{
    Large,
    ExtraLarge,
}
