using System.Buffers;
using System.Text;
using LinshuReports.Content.Text;

namespace LinshuReports.Content.Search;

/// <summary>
/// Text folded for matching: NFKC (full-width ，（）２０２４ become , ( ) 2024, circled and compatibility
/// forms their plain ones) and lower case, so that what a reader types matches however the report wrote it.
/// Folding can change a text's length (㈠ becomes (一)), so a map leads each folded character back to
/// the original one, for snippets and highlighting; it is only kept when the length changed.
/// </summary>
public sealed class FoldedText
{
    private readonly int[]? _toOriginal;

    private FoldedText(string value, int[]? toOriginal)
    {
        Value = value;
        _toOriginal = toOriginal;
    }

    public string Value { get; }

    /// <summary>Folds one character (or surrogate pair) at a time, so every folded character has one origin.</summary>
    public static FoldedText Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        List<int>? map = null;
        for (var i = 0; i < text.Length;)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var before = folded.Length;
            AppendFolded(text, i, length, folded);
            if (map is null && (folded.Length - before != length || before != i))
            {
                map = [.. Enumerable.Range(0, before)];
            }

            if (map is not null)
            {
                for (var k = before; k < folded.Length; k++)
                {
                    map.Add(i);
                }
            }

            i += length;
        }

        return new FoldedText(folded.ToString(), map?.ToArray());
    }

    /// <summary>The original text's range that the folded range [start, end) came from, whole characters only.</summary>
    public (int Start, int End) ToOriginal(int start, int end, string original)
    {
        if (_toOriginal is null)
        {
            return (start, end);
        }

        var last = _toOriginal[end - 1];
        var pair = char.IsHighSurrogate(original[last]) && last + 1 < original.Length && char.IsLowSurrogate(original[last + 1]);
        return (_toOriginal[start], last + (pair ? 2 : 1));
    }

    private static void AppendFolded(string text, int start, int length, StringBuilder folded)
    {
        var c = text[start];
        if (length == 1 && c < '\u0080')
        {
            folded.Append(char.ToLowerInvariant(c));
        }
        else if (length == 1 && c is >= '\u4E00' and <= '\u9FFF')
        {
            // CJK ideographs, nearly every character of a report, fold to themselves.
            folded.Append(c);
        }
        else if (Rune.DecodeFromUtf16(text.AsSpan(start, length), out var rune, out _) != OperationStatus.Done || IllegalCharacters.IsIllegal(rune))
        {
            // A lone surrogate or a noncharacter (a broken query; U+FFFE makes normalisation throw) matches nothing but keeps its place.
            folded.Append('\uFFFD');
        }
        else
        {
            folded.Append(text.Substring(start, length).Normalize(NormalizationForm.FormKC).ToLowerInvariant());
        }
    }
}
