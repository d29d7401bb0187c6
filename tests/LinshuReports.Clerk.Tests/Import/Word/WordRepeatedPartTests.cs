using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using static LinshuReports.TestSupport.Docx;

namespace LinshuReports.Clerk.Tests.Import.Word;

/// <summary>A part referenced many times is written once: a small file cannot make the import write more than it holds.</summary>
public sealed class WordRepeatedPartTests
{
    private static long UnpackedSize(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return archive.Entries.Sum(e => e.Length);
    }

    [Fact]
    public void OnePictureReferencedAThousandTimes_IsWrittenOnce_AndLinkedFromEveryPlace()
    {
        // Incompressible, so the package is as large as the picture: 1,000 copies would be 1,000 times the file.
        var picture = new byte[256 * 1024];
        new Random(29).NextBytes(picture);
        var docx = Build([P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)], main =>
        {
            var id = AddPicturePart(main, picture);
            main.Document.Body!.Append(Enumerable.Range(0, 1000).Select(i => P([R($"第{i}处"), PictureOf(id, "县徽")])));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        var image = Assert.Single(result.Images);
        Assert.Equal("image-1.png", image.FileName);
        Assert.Equal(picture, image.Bytes);
        Assert.Equal(1000, CountOf(result.Markdown!, "![县徽](2025-linshu-county/image-1.png)"));
        Assert.InRange(result.Images.Sum(i => (long)i.Bytes.Length) + System.Text.Encoding.UTF8.GetByteCount(result.Markdown!), 0, UnpackedSize(docx));
    }

    [Fact]
    public void TwoPicturePartsAndTheirRepeats_GiveTwoFiles_NumberedInTheOrderFirstMet()
    {
        var docx = Build([P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)], main =>
        {
            var first = AddPicturePart(main, Png);
            var second = AddPicturePart(main, [.. Png, 0]);
            main.Document.Body!.Append(P([PictureOf(second, "乙")]), P([PictureOf(first, "甲")]), P([PictureOf(second, "乙")]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Equal(["image-1.png", "image-2.png"], result.Images.Select(i => i.FileName));
        Assert.Equal([.. Png, 0], result.Images[0].Bytes);
        Assert.EndsWith(
            "\n![乙](2025-linshu-county/image-1.png)\n\n![甲](2025-linshu-county/image-2.png)\n\n![乙](2025-linshu-county/image-1.png)\n",
            result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFootnoteReferencedAThousandTimes_IsWrittenOnce()
    {
        var note = new string('注', 10_000);
        var docx = Build(
            [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center), P(Enumerable.Range(0, 1000).Select(_ => new Run(new FootnoteReference { Id = 1 })))],
            main => main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P(note)) { Id = 1 }));

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.Equal(1, CountOf(result.Markdown!, note));
        Assert.Equal(1000, CountOf(result.Markdown!, "[^1]") - 1);
        Assert.DoesNotContain("[^2]", result.Markdown, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
