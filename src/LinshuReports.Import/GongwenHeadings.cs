using System.Text.RegularExpressions;

namespace LinshuReports.Import;

/// <summary>
/// The heading levels of a 公文 (GB/T 9704-2012) as its numbering is typed in the text: 一、 is a part (##),
/// (一) a section (###), 1. or 1、 a subsection (####), (1) the level below (#####). A numbered paragraph that
/// goes on after its first sentence is, as content/README.md prescribes, that sentence as the heading and the
/// rest as the paragraph below it; a part (一、) is always a heading line of its own.
/// </summary>
public static partial class GongwenHeadings
{
    /// <summary>The Markdown heading level the paragraph's own numbering gives it, or null for body text.</summary>
    public static int? LevelOf(string paragraph) =>
        PartNumber().IsMatch(paragraph) ? 2
        : SectionNumber().IsMatch(paragraph) ? 3
        : SubsectionNumber().IsMatch(paragraph) ? 4
        : ItemNumber().IsMatch(paragraph) ? 5
        : null;

    /// <summary>
    /// A heading of <paramref name="level"/> for text already escaped for Markdown: the lead sentence, and the
    /// rest of the paragraph (if any) as a paragraph of its own below it.
    /// </summary>
    public static string ToBlock(int level, string escaped)
    {
        var (lead, rest) = SplitLead(level, escaped);
        return rest is null ? Heading(level, lead) : Heading(level, lead) + "\n\n" + rest;
    }

    /// <summary>The heading's text and what follows its lead sentence in the same paragraph (null when nothing does).</summary>
    public static (string Lead, string? Remainder) SplitLead(int level, string text)
    {
        var split = level == 2 ? 0 : text.IndexOf('。', StringComparison.Ordinal) + 1;
        return split == 0 || split == text.Length ? (text, null) : (text[..split], text[split..]);
    }

    public static string Heading(int level, string text) => new string('#', level) + " " + text;

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]+[)）]")]
    private static partial Regex SectionNumber();

    /// <summary>1. or 1、 then no digit: "1.5亿元" opens a sentence, not a subsection.</summary>
    [GeneratedRegex(@"^\d{1,2}[.．、](?!\d)")]
    private static partial Regex SubsectionNumber();

    [GeneratedRegex(@"^[(（]\d{1,2}[)）]")]
    private static partial Regex ItemNumber();
}
