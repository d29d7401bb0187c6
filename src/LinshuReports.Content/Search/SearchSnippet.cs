namespace LinshuReports.Content.Search;

/// <summary>
/// The part of a passage shown under a search result: about <see cref="Width"/> characters around the first
/// match (or the passage's first sentences), with every occurrence of the query's words, and nothing else, marked.
/// </summary>
public sealed record SearchSnippet(IReadOnlyList<SnippetPart> Parts, string FirstMatch)
{
    public const int Width = 100;

    /// <summary>How much text to keep before the first match, so the reader sees what leads up to it.</summary>
    private const int Lead = 30;

    /// <summary>Where the first sentences may end: an opening is cut at the last of these in its width, when that keeps a third of it.</summary>
    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '.', ';', '!', '?'];

    /// <summary>The text around its first match; from its start when the words are not in it.</summary>
    public static SearchSnippet For(string text, IReadOnlyList<string> terms)
    {
        var matches = Matches(text, terms);
        if (matches.Count == 0)
        {
            return Opening(text, terms);
        }

        var (start, end) = Window(text, matches[0].Start);
        return Build(text, matches, start, end);
    }

    /// <summary>A short text whole, a heading, with every occurrence of the words marked.</summary>
    public static SearchSnippet Whole(string text, IReadOnlyList<string> terms) => Build(text, Matches(text, terms), 0, text.Length);

    /// <summary>
    /// The text's first sentences, up to <see cref="Width"/> characters, with any of the words marked: what a
    /// section begins with, shown when only its heading holds the words, so the snippet never repeats the link.
    /// </summary>
    public static SearchSnippet Opening(string text, IReadOnlyList<string> terms)
    {
        var end = text.Length;
        if (end > Width)
        {
            var sentence = text.LastIndexOfAny(SentenceEnds, Width - 1);
            end = sentence >= Width / 3 ? sentence + 1 : Width + (char.IsLowSurrogate(text[Width]) ? 1 : 0);
        }

        return Build(text, Matches(text, terms), 0, end);
    }

    /// <summary>The window [start, end) of the text, its matches marked, with an ellipsis where text is left out.</summary>
    private static SearchSnippet Build(string text, List<(int Start, int End)> matches, int start, int end)
    {
        var parts = new List<SnippetPart>();
        var at = start;
        var shown = matches.Where(m => m.End > start && m.Start < end).ToList();
        foreach (var (matchStart, matchEnd) in shown)
        {
            var (from, to) = (Math.Max(matchStart, start), Math.Min(matchEnd, end));
            if (from > at)
            {
                parts.Add(new SnippetPart(text[at..from], false));
            }

            parts.Add(new SnippetPart(text[from..to], true));
            at = to;
        }

        if (at < end)
        {
            parts.Add(new SnippetPart(text[at..end], false));
        }

        if (start > 0)
        {
            parts.Insert(0, new SnippetPart("…", false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }

        return new SearchSnippet(parts, shown.Count > 0 ? text[shown[0].Start..shown[0].End] : string.Empty);
    }

    /// <summary>Every occurrence of every word in the original text, sorted, overlaps merged.</summary>
    private static List<(int Start, int End)> Matches(string text, IReadOnlyList<string> terms)
    {
        var folded = FoldedText.Fold(text);
        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            for (var at = folded.Value.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.Value.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                ranges.Add(folded.ToOriginal(at, at + term.Length, text));
            }
        }

        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static (int Start, int End) Window(string text, int firstMatch)
    {
        if (text.Length <= Width)
        {
            return (0, text.Length);
        }

        var start = Math.Clamp(firstMatch - Lead, 0, text.Length - Width);
        // A sentence that ends in the lead is left out: the snippet then opens where the match's sentence does.
        var sentence = start < firstMatch ? text.LastIndexOfAny(SentenceEnds, firstMatch - 1, firstMatch - start) : -1;
        start = sentence >= 0 ? Math.Min(sentence + 1, text.Length - Width) : start;
        var end = start + Width;
        // Never split a surrogate pair.
        start -= start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end += end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        return (start, end);
    }
}
