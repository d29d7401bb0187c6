using LinshuReports.Content.Search;

namespace LinshuReports.Content.Model;

/// <summary>
/// One block of a report's visible text (its title, a heading, a paragraph, a list item, a table cell, a
/// footnote) as search sees it, with the section it belongs to.
/// </summary>
/// <param name="Anchor">The id of the section heading it stands under, or null before the first one.</param>
/// <param name="HeadingPath">The headings above it, outermost first: 一、… then (二)….</param>
public sealed record SearchPassage(string? Anchor, IReadOnlyList<string> HeadingPath, string Text, PassageKind Kind)
{
    /// <summary>
    /// The text as search matches it, folded when the passage is made: while its file is read, so that anything folding
    /// cannot take is that file's problem, never the catalog's.
    /// </summary>
    public string Folded { get; } = FoldedText.Fold(Text).Value;
}
