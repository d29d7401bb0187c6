namespace LinshuReports.Web.ReadingModes;

/// <summary>Colour schemes of 长者浏览模式, as on the gov.cn toolbars readers know: 白底黑字 and 黑底黄字.</summary>
public enum ColourScheme
{
    BlackOnWhite,
    YellowOnBlack,
}
