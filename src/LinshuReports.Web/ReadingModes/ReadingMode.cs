namespace LinshuReports.Web.ReadingModes;

/// <summary>How pages are laid out for the reader: the standard layout, or 长者浏览模式 for older readers.</summary>
public enum ReadingMode
{
    Standard,
    Elder,
}
