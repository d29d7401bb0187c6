using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.TestSupport;
using LinshuReports.Clerk.Commands;

namespace LinshuReports.Clerk.Tests.Commands;

/// <summary>
/// Damaged and made-up packages through the whole command: bytes flipped, elements duplicated or deleted in the parts
/// the import reads. Whatever the damage, the clerk gets a draft or a Chinese refusal (exit 0 or 1), never a crash
/// or a stack trace. Seeded, so a failure is the same on every run.
/// </summary>
public sealed class ImportCommandFuzzTests : IDisposable
{
    private const int CasesPerPart = 12;

    private readonly TempContentFolder _folder = new();

    /// <summary>A report with every part the fuzz damages: styles, numbering, a footnote, a picture, a table and a link.</summary>
    private static readonly byte[] Report = Docx.Build([], main =>
    {
        Docx.HeadingStyles(main);
        Docx.ChineseNumbering(main);
        main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(Docx.P("《行政复议法》第二条。")) { Id = 1 });
        var link = main.AddHyperlinkRelationship(new Uri("https://www.linshu.gov.cn/"), isExternal: true);
        main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", style: "Title"),
            Docx.Numbered("主要举措和成效", 0),
            Docx.Numbered("深化改革。一是优化流程。", 1),
            Docx.P([Docx.R("依法办理"), new Run(new FootnoteReference { Id = 1 }), new Hyperlink(Docx.R("县政府网站")) { Id = link.Id }]),
            Docx.P("存在的不足", style: "1"),
            Docx.P([Docx.Picture(main, Docx.Png, description: "县徽")]),
            new Table(new TableRow(new TableCell(Docx.P("项目")), new TableCell(Docx.P("数量"))), new TableRow(new TableCell(Docx.P("复议")), new TableCell(Docx.P("12")))),
            Docx.Numbered("要点", 0, numberingId: 3),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right));
    });

    public void Dispose() => _folder.Dispose();

    private static readonly string[] PartNames =
        ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml", "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml"];

    public static TheoryData<string> Parts() => [.. PartNames];

    [Theory]
    [MemberData(nameof(Parts))]
    public void ADamagedPart_GivesADraftOrAChineseRefusal_NeverACrash(string part)
    {
        var random = new Random(Array.IndexOf(PartNames, part) + 29);
        var failures = new List<string>();
        for (var i = 0; i < CasesPerPart; i++)
        {
            var (what, docx) = (i % 3) switch
            {
                0 => ("字节翻转", Docx.ReplacePartBytes(Report, part, bytes => Flip(bytes, random))),
                1 => ("元素重复", Docx.ReplacePart(Report, part, xml => ChangeOneElement(xml, random, duplicate: true))),
                _ => ("元素删除", Docx.ReplacePart(Report, part, xml => ChangeOneElement(xml, random, duplicate: false))),
            };
            if (Outcome(docx, $"{i}") is { } failure)
            {
                failures.Add($"{part} {what} #{i}: {failure}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void FlippedBytesAnywhereInTheFile_GiveADraftOrAChineseRefusal()
    {
        var random = new Random(134);
        var failures = Enumerable.Range(0, CasesPerPart)
            .Select(i => Outcome(Flip(Report, random), $"whole-{i}") is { } failure ? $"#{i}: {failure}" : null)
            .OfType<string>()
            .ToList();

        Assert.Empty(failures);
    }

    /// <summary>What is wrong with importing the file, or null when the clerk got a draft or a Chinese refusal.</summary>
    private string? Outcome(byte[] docx, string name)
    {
        var file = _folder.WriteBytes($"{name}.docx", docx);
        using var output = new StringWriter();
        int exit;
        try
        {
            exit = Linshu.Run(["import", file, "--out", Path.Combine(_folder.Path, $"2025-case-{name}.md")], output, output);
        }
        catch (Exception ex)
        {
            return $"崩溃：{ex.GetType().Name}: {ex.Message}";
        }

        var said = output.ToString();
        return exit is not (0 or 1) ? $"退出码 {exit}"
            : !said.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? $"没有中文：{said}"
            : said.Contains("   at ", StringComparison.Ordinal) || said.Contains("Exception", StringComparison.Ordinal) ? $"堆栈或异常：{said}"
            : null;
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var flipped = bytes.ToArray();
        for (var n = random.Next(1, 4); n > 0 && flipped.Length > 0; n--)
        {
            flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
        }

        return flipped;
    }

    private static string ChangeOneElement(string xml, Random random, bool duplicate)
    {
        // System.IO.Packaging writes the relationships and content types with a byte order mark.
        var document = XDocument.Parse(xml.TrimStart('\uFEFF'));
        var elements = document.Root!.Descendants().ToList();
        if (elements.Count == 0)
        {
            return xml;
        }

        var chosen = elements[random.Next(elements.Count)];
        if (duplicate)
        {
            chosen.AddAfterSelf(new XElement(chosen));
        }
        else
        {
            chosen.Remove();
        }

        return document.Declaration + document.ToString(SaveOptions.DisableFormatting);
    }
}
