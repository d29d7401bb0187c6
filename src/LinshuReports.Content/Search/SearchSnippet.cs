namespace LinshuReports.Content.Search;

/// <summary>
/// The part of a passage shown under a search result: about <see cref="Width"/> characters around the first
/// match, with every occurrence of the query's words, and nothing else, marked.
/// </summary>
public sealed record SearchSnippet(IReadOnlyList<SnippetPart> Parts, string FirstMatch)
{
    public const int Width = 100;

    /// <summary>How much text to keep before the first match, so the reader sees what leads up to it.</summary>
    private const int Lead = 30;

    public static SearchSnippet For(string text, IReadOnlyList<string> terms)
    {
        var matches = Matches(text, terms);
        if (matches.Count == 0)
        {
            return new SearchSnippet([new SnippetPart(text.Length <= Width ? text : text[..Width] + "…", false)], string.Empty);
        }

        var (start, end) = Window(text, matches[0].Start);
        var parts = new List<SnippetPart>();
        var at = start;
        // The window opens before the first match, so only its end can cut a match off.
        foreach (var (from, matchEnd) in matches.TakeWhile(m => m.Start < end))
        {
            var to = Math.Min(matchEnd, end);
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

        return new SearchSnippet(parts, text[matches[0].Start..matches[0].End]);
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
        var end = start + Width;
        // Never split a surrogate pair.
        start -= start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end += end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        return (start, end);
    }
}
