using System.Buffers;

namespace LinshuReports.Content.Text;

/// <summary>
/// Invisible format characters a report may not hold, beside <see cref="IllegalCharacters"/>: zero-width spaces and
/// joiners, direction marks, overrides and isolates, invisible operators, and a byte order mark anywhere but at the
/// start of the file (which the decoder removes). They are legal Unicode, but make a title read one year while saying
/// another, make a name look identical to a different one, and hide text from search. No real report has one,
/// so none is allowed, not even a joiner inside an emoji.
/// </summary>
public static class FormatCharacters
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\u200B'] = "零宽空格",
        ['\u200C'] = "零宽不连字",
        ['\u200D'] = "零宽连字",
        ['\u200E'] = "从左到右标记",
        ['\u200F'] = "从右到左标记",
        ['\u202A'] = "从左到右嵌入",
        ['\u202B'] = "从右到左嵌入",
        ['\u202C'] = "方向嵌入结束",
        ['\u202D'] = "从左到右强制",
        ['\u202E'] = "从右到左强制（会把文字倒过来显示）",
        ['\u2060'] = "词连接符",
        ['\u2061'] = "不可见函数符",
        ['\u2062'] = "不可见乘号",
        ['\u2063'] = "不可见分隔符",
        ['\u2064'] = "不可见加号",
        ['\u2066'] = "从左到右隔离",
        ['\u2067'] = "从右到左隔离",
        ['\u2068'] = "首字隔离",
        ['\u2069'] = "方向隔离结束",
        ['\uFEFF'] = "字节顺序标记（零宽不换行空格）",
    };

    private static readonly SearchValues<char> All = SearchValues.Create(string.Concat(Names.Keys));

    /// <summary>The first format character at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(string text, int start, out int codePoint)
    {
        var found = start < text.Length ? text.AsSpan(start).IndexOfAny(All) : -1;
        codePoint = found < 0 ? 0 : text[start + found];
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The text without its format characters: a message that quotes the file must not turn a terminal's line around.</summary>
    public static string Remove(string text) =>
        text.AsSpan().IndexOfAny(All) < 0 ? text : string.Concat(text.Where(c => !All.Contains(c)));

    /// <summary>Named, since it cannot be seen: its code, its name, and what it does to the text.</summary>
    public static string Describe(int codePoint) =>
        $"看不见的格式字符 U+{codePoint:X4}（{Names[(char)codePoint]}），它会让文字看起来与实际不同，读者也搜不到";
}
