using System.Buffers;
using System.Text;

namespace LinshuReports.Content.Text;

/// <summary>
/// The one rule for characters a report may not hold: control characters other than tab and line breaks
/// (C0, DEL and C1: a form feed or a stray <c>\x01</c> pasted from a PDF), noncharacters (U+FFFE, U+FFFF,
/// U+FDD0–U+FDEF and the last two code points of every plane) and halves of a surrogate pair. None is
/// visible, most are not allowed in XML 1.0, and some make .NET's normalisation throw; the loader refuses
/// them at their line and the XML writers drop them.
/// </summary>
public static class IllegalCharacters
{
    /// <summary>Every UTF-16 unit that is illegal alone or may start an illegal character (surrogates are checked in pairs).</summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        string.Concat(
            Range('\u0000', '\u0008'), "\u000B\u000C", Range('\u000E', '\u001F'), Range('\u007F', '\u009F'),
            Range('\uD800', '\uDFFF'), Range('\uFDD0', '\uFDEF'), "\uFFFE\uFFFF"));

    /// <summary>The first illegal character at or after <paramref name="start"/>, or -1.</summary>
    /// <returns>Its index; <paramref name="codePoint"/> is the character, a lone surrogate as itself.</returns>
    public static int IndexOf(string text, int start, out int codePoint)
    {
        for (var i = start; i < text.Length;)
        {
            var found = text.AsSpan(i).IndexOfAny(Suspects);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != OperationStatus.Done)
            {
                codePoint = text[i];
                return i;
            }

            if (IsIllegal(rune))
            {
                codePoint = rune.Value;
                return i;
            }

            i += length;
        }

        codePoint = 0;
        return -1;
    }

    /// <summary>How a clerk is told about one: it cannot be seen, so its code and where it usually comes from.</summary>
    public static string Describe(int codePoint) =>
        $"看不见的非法字符（U+{codePoint:X4}），通常来自从 PDF 或网页复制的文字";

    public static bool IsIllegal(Rune rune) =>
        (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r'))
        || rune.Value is >= 0xFDD0 and <= 0xFDEF
        || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>The text without its illegal characters: for output that must stay well-formed whatever the input was.</summary>
    public static string Remove(string text)
    {
        var at = IndexOf(text, 0, out var codePoint);
        if (at < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var from = 0;
        while (at >= 0)
        {
            kept.Append(text, from, at - from);
            from = at + Length(codePoint);
            at = IndexOf(text, from, out codePoint);
        }

        return kept.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>How many UTF-16 units a character found by <see cref="IndexOf"/> takes.</summary>
    public static int Length(int codePoint) => codePoint > 0xFFFF ? 2 : 1;

    private static string Range(char first, char last) =>
        new(Enumerable.Range(first, last - first + 1).Select(c => (char)c).ToArray());
}
