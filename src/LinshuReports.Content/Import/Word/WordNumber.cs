namespace LinshuReports.Content.Import.Word;

/// <summary>
/// What Word's automatic numbering shows before a paragraph: the number as the reader sees it (一、, （一）, 1.),
/// or a bullet, at a list depth from 0 (outermost) to 8.
/// </summary>
public sealed record WordNumber(string Text, int Depth, bool IsBullet);
