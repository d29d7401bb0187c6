namespace LinshuReports.Content.Search;

/// <summary>
/// What a reader typed, made safe to search for: control characters, broken characters (lone surrogates, invalid
/// UTF-8 decoded as U+FFFD) and noncharacters (U+FFFE, U+FDD0 and the like, which normalisation refuses) are dropped,
/// the text is cut to <see cref="MaxLength"/> characters, and split at spaces into words that must all occur.
/// Nothing in it is syntax: brackets, stars, dots and tags are searched for as written.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer than any phrase worth searching for; a longer query is cut, and the reader told.</summary>
    public const int MaxLength = 100;

    private SearchQuery(string text, IReadOnlyList<string> terms, bool wasCut)
    {
        Text = text;
        Terms = terms;
        WasCut = wasCut;
    }

    /// <summary>The query as it is searched for, to show back to the reader.</summary>
    public string Text { get; }

    /// <summary>The folded words, each of which a match must contain.</summary>
    public IReadOnlyList<string> Terms { get; }

    public bool WasCut { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? raw)
    {
        var clean = new System.Text.StringBuilder();
        foreach (var rune in (raw ?? string.Empty).EnumerateRunes())
        {
            if (IsSearchable(rune))
            {
                clean.Append(rune.ToString());
            }
        }

        var text = clean.ToString().Trim();
        var wasCut = text.Length > MaxLength;
        if (wasCut)
        {
            text = text[..MaxLength];
            text = char.IsHighSurrogate(text[^1]) ? text[..^1] : text;
        }

        var terms = FoldedText.Fold(text).Value
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SearchQuery(text.Trim(), terms, wasCut);
    }

    /// <summary>
    /// Whether a character can be part of a query. Noncharacters never occur in a report's text, and folding
    /// (NFKC) throws on U+FFFE, so a query that held one answered 500 instead of a page.
    /// </summary>
    private static bool IsSearchable(System.Text.Rune rune) =>
        rune != System.Text.Rune.ReplacementChar
        && !System.Text.Rune.IsControl(rune)
        && (rune.Value & 0xFFFE) != 0xFFFE
        && rune.Value is not (>= 0xFDD0 and <= 0xFDEF);
}
