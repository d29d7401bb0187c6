using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using LinshuReports.TestSupport;
using static LinshuReports.TestSupport.Docx;

namespace LinshuReports.Clerk.Tests.Import.Word;

/// <summary>
/// The published 2024 report, laid out in Word the two ways a county office does it, imports to exactly the
/// body that is published: every character, every heading.
/// </summary>
public sealed partial class WordRoundTripTests
{
    private static readonly string Published = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md")).ReplaceLineEndings("\n");

    private static string BodyOf(string markdown) => markdown[(markdown.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].Trim('\n');

    private static List<string> Blocks => [.. BodyOf(Published).Split("\n\n")];

    private static string Title => Regex.Match(Published, "^title: (.+)$", RegexOptions.Multiline).Groups[1].Value;

    [Fact]
    public void AsTypedInAnOffice_DirectFormattingAndTypedNumbering_ImportsToThePublishedBody()
    {
        var paragraphs = new List<OpenXmlElement> { P(Title, font: "方正小标宋简体", align: JustificationValues.Center), P(string.Empty) };
        var blocks = Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.StartsWith("## ", StringComparison.Ordinal))
            {
                paragraphs.Add(P(block[3..], font: "黑体"));
            }
            else if (block.StartsWith("### ", StringComparison.Ordinal))
            {
                // The office types a section's lead sentence and its text as one paragraph.
                var joinsText = i + 1 < blocks.Count && !blocks[i + 1].StartsWith('#');
                paragraphs.Add(P([R(block[4..], font: "楷体_GB2312"), .. joinsText ? [R(blocks[++i])] : Array.Empty<Run>()]));
            }
            else
            {
                paragraphs.Add(P("　　" + block));
            }
        }

        paragraphs.Add(P("临沭县人民政府", align: JustificationValues.Right));
        paragraphs.Add(P("2025年3月28日", align: JustificationValues.Right));

        var result = WordImporter.Import(Build(paragraphs), "2024年法治政府建设报告.docx");

        Assert.Equal(BodyOf(Published), BodyOf(result.Markdown!));
        Assert.Contains($"title: {Title}\nyear: 2024\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("publisher: 临沭县人民政府\n", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WithHeadingStylesAndAutomaticChineseNumbering_ImportsToThePublishedBody()
    {
        var paragraphs = new List<OpenXmlElement> { P(Title, style: "Title") };
        foreach (var block in Blocks)
        {
            if (Part().Match(block) is { Success: true } part)
            {
                paragraphs.Add(Numbered(part.Groups["text"].Value, 0, style: "1"));
            }
            else if (Section().Match(block) is { Success: true } section)
            {
                paragraphs.Add(Numbered(section.Groups["text"].Value, 1, style: "2"));
            }
            else
            {
                paragraphs.Add(P(block));
            }
        }

        var result = WordImporter.Import(Build(paragraphs, main =>
        {
            HeadingStyles(main);
            ChineseNumbering(main, sectionText: "(%2)");
        }), "2024年法治政府建设报告.docx");

        Assert.Equal(BodyOf(Published), BodyOf(result.Markdown!));
    }

    [GeneratedRegex(@"^## [一二三四五六七八九十]+、(?<text>.+)$")]
    private static partial Regex Part();

    [GeneratedRegex(@"^### \([一二三四五六七八九十]+\)(?<text>.+)$")]
    private static partial Regex Section();
}
