namespace LinshuReports.Import.Word;

/// <summary>
/// What Word's automatic numbering shows before a paragraph at a list depth from 0 (outermost) to 8: the number as
/// the reader sees it (一、, （一）, 1.), or null for a bullet, whatever symbol Word draws.
/// </summary>
public sealed record WordNumber(string? Text, int Depth)
{
    public bool IsBullet => Text is null;
}
