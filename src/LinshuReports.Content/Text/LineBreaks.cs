using System.Text.RegularExpressions;

namespace LinshuReports.Content.Text;

/// <summary>
/// Line breaks inside one block of a page, joined as a Chinese reader expects (CSS Text's segment-break rule):
/// a break between two Chinese characters is no space at all; any other break is one space.
/// </summary>
public static partial class LineBreaks
{
    public static string Join(string text) =>
        Break().Replace(text, run => IsWide(text, run.Index - 1) && IsWide(text, run.Index + run.Length) ? string.Empty : " ");

    /// <summary>CJK punctuation, ideographs and full-width forms all lie above the Latin, Greek and symbol blocks.</summary>
    private static bool IsWide(string text, int index) => index >= 0 && index < text.Length && text[index] > '\u2E7F';

    [GeneratedRegex(@"[ \t]*[\r\n]+[ \t]*")]
    private static partial Regex Break();
}
