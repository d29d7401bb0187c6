using System.Buffers;
using System.Text.RegularExpressions;

namespace LinshuReports.Content.Text;

/// <summary>
/// Half-width punctuation in Chinese text, typeset full-width as GB/T 15834-2011 asks: , ; : ? ! after a
/// Chinese character (or before one, when no letter or digit precedes), and ( ) around text holding a Chinese
/// character, as in (一). Numbers (1,000 · 10:30), Latin text and addresses keep theirs. Every replacement is one
/// character for one, so a text keeps its length and each character its place.
/// </summary>
public static partial class ChinesePunctuation
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！', ['('] = '（', [')'] = '）',
    };

    private static readonly SearchValues<char> HalfWidth = SearchValues.Create(",;:?!()");

    /// <returns>The text with its Chinese punctuation full-width, and how many characters changed.</returns>
    public static (string Text, int Changed) Typeset(string text)
    {
        if (!text.AsSpan().ContainsAny(HalfWidth))
        {
            return (text, 0);
        }

        var chars = text.ToCharArray();
        var kept = Addresses(text);
        var changed = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (kept[i] || !IsPausePunctuation(text[i]) || !InChineseText(text, i))
            {
                continue;
            }

            chars[i] = FullWidth[text[i]];
            changed++;
        }

        changed += TypesetParentheses(text, chars, kept);
        return changed == 0 ? (text, 0) : (new string(chars), changed);
    }

    /// <summary>CJK ideographs, CJK and full-width punctuation, and the curly quotes and dashes Chinese text uses.</summary>
    public static bool IsChinese(char c) => c > '\u2E7F' || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    private static bool IsPausePunctuation(char c) => c is ',' or ';' or ':' or '?' or '!';

    private static bool InChineseText(string text, int i)
    {
        if (i > 0 && IsChinese(text[i - 1]))
        {
            return true;
        }

        // 10%,增长 or a closing bracket before Chinese: not inside a number or a word.
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsAsciiLetterOrDigit(before) && !char.IsWhiteSpace(before) && IsChinese(after);
    }

    /// <summary>Pairs each ( with its ) inside one text; a pair around a Chinese character is Chinese text.</summary>
    private static int TypesetParentheses(string text, char[] chars, bool[] kept)
    {
        var changed = 0;
        var open = new Stack<int>();
        // Where the last Chinese character so far stands: a pair holds one when it stands after the pair's opening,
        // so each pair is judged in one step and deep nesting costs no more than the text's length.
        var lastChinese = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsChinese(text[i]))
            {
                lastChinese = i;
            }

            if (kept[i])
            {
                continue;
            }

            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')' && open.TryPop(out var start) && lastChinese > start)
            {
                chars[start] = '（';
                chars[i] = '）';
                changed += 2;
            }
        }

        return changed;
    }

    /// <summary>Web and mail addresses typed as plain text: their punctuation is part of the address.</summary>
    private static bool[] Addresses(string text)
    {
        var kept = new bool[text.Length];
        foreach (Match address in Address().Matches(text))
        {
            Array.Fill(kept, true, address.Index, address.Length);
        }

        return kept;
    }

    [GeneratedRegex(@"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.|[A-Za-z0-9._%+-]+@)[^\s\u2E80-\uFFFF]*[^\s\u2E80-\uFFFF,.;:?!)]")]
    private static partial Regex Address();
}
