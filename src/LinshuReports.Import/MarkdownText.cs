using System.Text;
using System.Text.RegularExpressions;

namespace LinshuReports.Import;

/// <summary>
/// Escapes imported text so Markdown shows it exactly as written: an asterisk stays an asterisk, and a
/// line that begins "1. " or "- " stays a sentence instead of becoming a list.
/// </summary>
public static partial class MarkdownText
{
    public static string Escape(string line) => EscapeBlockStart(EscapeCharacters(line));

    /// <summary>Every character Markdown would read as markup, escaped wherever it stands in a line.</summary>
    public static string EscapeCharacters(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A line whose start Markdown would read as a list, heading or rule, made to stay a sentence.</summary>
    public static string EscapeBlockStart(string text)
    {
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
