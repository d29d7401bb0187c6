using System.Text;
using System.Text.RegularExpressions;

namespace LinshuReports.Content.Import;

/// <summary>
/// Escapes imported text so Markdown shows it exactly as written: an asterisk stays an asterisk, and a
/// line that begins "1. " or "- " stays a sentence instead of becoming a list.
/// </summary>
public static partial class MarkdownText
{
    public static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var text = escaped.ToString();
        var marker = BlockMarker().Match(text);
        if (!marker.Success)
        {
            return text;
        }

        // A backslash escapes punctuation only: "\1." would show its backslash, so "1\." it is. With no
        // digits the group is empty and the backslash goes first ("\# …").
        return text.Insert(marker.Groups["digits"].Length, "\\");
    }

    [GeneratedRegex(@"^(?:(?<digits>\d+)[.)](?:\s|$)|[#\-+=])")]
    private static partial Regex BlockMarker();
}
