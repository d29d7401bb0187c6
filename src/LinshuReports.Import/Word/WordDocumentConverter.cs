using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// A Word report's body as a Markdown draft: the title paragraph becomes the front matter's title (and year),
/// the 落款 its publisher, headings come from heading styles or the 公文 numbering (typed or automatic), and
/// the 版记 (抄送, 印发) at the end is left out. Headers, footers and page numbers live outside the body and
/// never reach the draft.
/// </summary>
public static partial class WordDocumentConverter
{
    /// <summary>The 2024 report's section; the clerk changes it if a report belongs elsewhere.</summary>
    private const string DefaultCategory = "通知公告";

    /// <summary>How <see cref="WordInline"/> wraps text in each emphasis: plain, italic, bold, bold and italic.</summary>
    private static readonly string[] LeadMarkers =
        [.. from bold in new[] { false, true } from italic in new[] { false, true } select WordInline.EmphasisMarker(bold, italic)];

    /// <param name="images">Where pictures go: the report's attachment folder, or none when the draft is printed.</param>
    /// <param name="budget">What the draft and pictures may hold in all.</param>
    public static WordImportResult Convert(MainDocumentPart document, WordImages images, WordOutputBudget budget)
    {
        var comments = document.WordprocessingCommentsPart;
        var notes = new WordImportNotes { Comments = WordParts.Read(comments, () => comments?.Comments?.Elements<Comment>().Count() ?? 0) };
        var footnotes = new WordFootnotes();
        var context = new WordImportContext(document, notes, footnotes, images, budget);
        if (document.Document?.Body is { } body)
        {
            WordUnreadableContent.Note(body, notes);
        }

        var paragraphs = Read(context);

        var titleIndex = paragraphs.FindIndex(p => p.StyleLevel == WordHeadingStyle.TitleLevel);
        if (titleIndex < 0 && paragraphs.Count > 0 && LooksLikeTitle(paragraphs[0]))
        {
            titleIndex = 0;
        }

        var title = titleIndex >= 0 ? paragraphs[titleIndex].Plain : string.Empty;
        if (titleIndex >= 0)
        {
            paragraphs.RemoveAt(titleIndex);
        }

        DropRecordBlock(paragraphs, notes);
        var publisher = TakeSignature(paragraphs, notes);

        var frontMatter = new DraftFrontMatter
        {
            Title = DraftFrontMatter.OneLine(title),
            Year = DraftFrontMatter.YearIn(title),
            Publisher = publisher ?? string.Empty,
            Category = DefaultCategory,
            Draft = true,
        };
        var markdown = new StringBuilder(frontMatter.ToYaml());
        int? previousDepth = null;
        foreach (var paragraph in paragraphs)
        {
            // Items of one list stand on consecutive lines, so the list stays tight.
            if (paragraph.ListDepth is null || previousDepth is null)
            {
                markdown.Append('\n');
            }

            // An item nests at most one level below the item before it: deeper indentation would read as code.
            var depth = paragraph.ListDepth is { } wanted ? Math.Min(wanted, (previousDepth ?? -1) + 1) : (int?)null;
            markdown.Append(ToBlock(paragraph, depth, notes)).Append('\n');
            previousDepth = depth;
        }

        foreach (var definition in footnotes.Definitions())
        {
            markdown.Append('\n').Append(definition).Append('\n');
        }

        return new WordImportResult(markdown.ToString(), null, notes, context.Images.Images);
    }

    private static List<WordParagraph> Read(WordImportContext context)
    {
        var document = context.Document;
        var styles = new WordStyles(document);
        var numbering = new WordNumbering(document);
        var paragraphs = new List<WordParagraph>();
        var tables = 0;
        foreach (var block in Blocks(document.Document?.Body, context, depth: 0))
        {
            if (block is Table table)
            {
                // A table without cells (left over from editing) has nothing to show.
                if (WordTable.ToMarkdown(table, ++tables, context) is { Length: > 0 } pipeTable)
                {
                    context.Budget.Spend(pipeTable);
                    paragraphs.Add(new WordParagraph(string.Empty, pipeTable, null, false, IsTable: true));
                }

                continue;
            }

            var paragraph = (Paragraph)block;
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var style = styles.ById(styleId);
            var number = numbering.Next(paragraph, style);
            var inline = WordInline.Of(paragraph, context);
            var listDepth = number is { IsBullet: true } ? number.Depth : (int?)null;
            var shownNumber = number?.Text ?? string.Empty;
            var plain = (shownNumber + inline.Plain).Trim();
            var markdown = MarkdownText.EscapeCharacters(shownNumber) + inline.Markdown();
            if (markdown.Length == 0)
            {
                continue;
            }

            context.Budget.Spend(markdown);
            var justification = paragraph.ParagraphProperties?.Justification?.Val?.Value;
            paragraphs.Add(new WordParagraph(
                plain,
                markdown,
                WordParts.Read(styles.Part, () => WordHeadingStyle.LevelOf(paragraph, style, styles)),
                justification == JustificationValues.Right || justification == JustificationValues.End,
                justification == JustificationValues.Center,
                ListDepth: listDepth));
        }

        return paragraphs;
    }

    /// <summary>
    /// A 公文's title is centred above the text (GB/T 9704-2012 7.3.1), or at least a short line naming a report;
    /// an opening paragraph of body text is neither, and stays in the body with the title left for the clerk.
    /// </summary>
    private static bool LooksLikeTitle(WordParagraph first) =>
        first.Plain.Length > 0 && first.StyleLevel is null && GongwenHeadings.LevelOf(first.Plain) is null
        && (first.Centered || (first.Plain.Length <= 60 && first.Plain.Contains("报告", StringComparison.Ordinal)));

    /// <summary>The body's paragraphs and tables in order, content controls opened, each text box's after the paragraph it is anchored in.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement? container, WordImportContext context, int depth)
    {
        if (depth > WordImportContext.MaxNesting)
        {
            context.TooDeep();
            yield break;
        }

        foreach (var child in container?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            switch (child)
            {
                case Table:
                    yield return child;
                    break;
                case Paragraph paragraph:
                    yield return paragraph;
                    foreach (var box in WordTextBoxes.In(paragraph))
                    {
                        context.Notes.TextBoxes++;
                        foreach (var inner in Blocks(box, context, depth + 1))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    foreach (var inner in Blocks(child, context, depth + 1))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <param name="listDepth">The list item's nesting in the draft, or null for a paragraph that is no list item.</param>
    private static string ToBlock(WordParagraph paragraph, int? listDepth, WordImportNotes notes)
    {
        if (paragraph.IsTable)
        {
            notes.Tables++;
            return paragraph.Markdown;
        }

        var level = listDepth is not null ? null
            : paragraph.StyleLevel is > WordHeadingStyle.TitleLevel ? paragraph.StyleLevel
            : GongwenHeadings.LevelOf(paragraph.Plain);
        if (level is { } heading)
        {
            notes.Headings++;
            var (lead, rest) = GongwenHeadings.SplitLead(heading, MarkdownText.EscapeCharacters(paragraph.Plain));
            if (rest is null)
            {
                return GongwenHeadings.Heading(heading, lead);
            }

            // The text after a section's lead sentence is a paragraph of its own, and keeps its emphasis and links
            // when the lead sentence (a heading, never emphasised) is plain or emphasised as a whole, as 公文 often
            // set it in bold; formatting that runs across the sentence's end leaves the rest as plain text.
            notes.Paragraphs++;
            var formattedRest = LeadMarkers
                .Select(marker => marker + lead + marker)
                .FirstOrDefault(formattedLead => paragraph.Markdown.StartsWith(formattedLead, StringComparison.Ordinal)) is { } formatted
                ? paragraph.Markdown[formatted.Length..]
                : rest;
            return GongwenHeadings.Heading(heading, lead) + "\n\n" + MarkdownText.EscapeBlockStart(formattedRest);
        }

        notes.Paragraphs++;
        var marker = listDepth is { } depth ? new string(' ', 2 * depth) + "- " : string.Empty;
        return marker + MarkdownText.EscapeBlockStart(paragraph.Markdown);
    }

    /// <summary>The 版记 (抄送, 印发) closes an official document below the text; it is not part of the report.</summary>
    private static void DropRecordBlock(List<WordParagraph> paragraphs, WordImportNotes notes)
    {
        var start = paragraphs.FindIndex(Math.Max(0, paragraphs.Count - 6), p => RecordBlockLine().IsMatch(p.Plain));
        if (start >= 0)
        {
            notes.DroppedAtEnd = paragraphs.Count - start;
            paragraphs.RemoveRange(start, paragraphs.Count - start);
        }
    }

    /// <summary>The 落款: the issuing body above the date, both at the end; the body becomes the publisher.</summary>
    private static string? TakeSignature(List<WordParagraph> paragraphs, WordImportNotes notes)
    {
        if (paragraphs.Count < 2 || !SignatureDate().IsMatch(paragraphs[^1].Plain))
        {
            return null;
        }

        var issuer = paragraphs[^2];
        if (!issuer.RightAligned && !IssuingBody().IsMatch(issuer.Plain))
        {
            return null;
        }

        notes.Signature = $"{issuer.Plain}，{paragraphs[^1].Plain}";
        paragraphs.RemoveRange(paragraphs.Count - 2, 2);
        return issuer.Plain;
    }

    [GeneratedRegex(@"^(?:抄送|主送)[：:]|印发$")]
    private static partial Regex RecordBlockLine();

    [GeneratedRegex(@"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日$")]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"^\S{2,30}(?:人民政府|委员会|办公室|局|厅|部|院|小组|中心)$")]
    private static partial Regex IssuingBody();

    /// <summary>A paragraph of the body, or a table (already Markdown) in its place.</summary>
    private sealed record WordParagraph(string Plain, string Markdown, int? StyleLevel, bool RightAligned, bool Centered = false, bool IsTable = false, int? ListDepth = null);
}
