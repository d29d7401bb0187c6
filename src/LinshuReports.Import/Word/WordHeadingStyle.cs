using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// The Markdown level a paragraph's Word style gives it: the Title style is the page title (1), Heading 1 (标题 1)
/// a part (2), Heading 2 a section (3), and so on; a style built on a heading style, or an outline level set
/// on the paragraph or its style, counts too. Word writes the built-in names in English whatever its language.
/// </summary>
public static partial class WordHeadingStyle
{
    public const int TitleLevel = 1;

    public static int? LevelOf(Paragraph paragraph, Style? style, WordStyles styles)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
        {
            return FromOutline(outline);
        }

        for (var (current, depth) = (style, 0); current is not null && depth < 10; depth++)
        {
            var name = current.StyleName?.Val?.Value ?? string.Empty;
            if (TitleName().IsMatch(name))
            {
                return TitleLevel;
            }

            if (HeadingName().Match(name) is { Success: true } heading)
            {
                return Math.Min(int.Parse(heading.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + 1, 6);
            }

            if (current.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleOutline)
            {
                return FromOutline(styleOutline);
            }

            var basedOn = current.BasedOn?.Val?.Value;
            current = styles.ById(basedOn);
        }

        return null;
    }

    /// <summary>Outline levels count from 0 (level 1); 9 is body text.</summary>
    private static int? FromOutline(int outline) => outline is >= 0 and < 9 ? Math.Min(outline + 2, 6) : null;

    [GeneratedRegex(@"^(?:title|标题)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^(?:heading|标题)\s*(?<n>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
