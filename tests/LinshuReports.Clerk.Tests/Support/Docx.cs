using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.TestSupport;

/// <summary>
/// Builds .docx files as a county office's Word would save them (direct formatting, 公文 fonts, typed or
/// automatic numbering, heading styles), for the importer's tests.
/// </summary>
public static class Docx
{
    public static byte[] Build(IEnumerable<OpenXmlElement> body, Action<MainDocumentPart>? parts = null,
        WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            parts?.Invoke(main);
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph in 仿宋_GB2312 三号 (16 pt), the body face of a 公文, or another face for headings.</summary>
    public static Paragraph P(string text, string font = "仿宋_GB2312", JustificationValues? align = null, string? style = null) =>
        P([R(text, font: font)], align, style);

    public static Paragraph P(IEnumerable<OpenXmlElement> content, JustificationValues? align = null, string? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (align is { } justification)
        {
            properties.Justification = new Justification { Val = justification };
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public static Run R(string text, bool bold = false, bool italic = false, string font = "仿宋_GB2312")
    {
        var properties = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font }, new FontSize { Val = "32" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>
    /// A floating text box as Word 2010 and later save it: the shape twice, as DrawingML for Word itself
    /// (<c>mc:Choice</c>) and as VML for older readers (<c>mc:Fallback</c>), each holding the same paragraphs.
    /// </summary>
    public static Run TextBox(params string[] paragraphs)
    {
        var content = "<w:txbxContent>" + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>")) + "</w:txbxContent>";
        return new Run(
            "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\">" +
            "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"文本框 1\"/><a:graphic>" +
            "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>" + content +
            "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict><v:rect><v:textbox>" + content + "</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>");
    }

    /// <summary>A paragraph numbered by Word: numbering instance <paramref name="numberingId"/>, at <paramref name="level"/> (0 = outermost).</summary>
    public static Paragraph Numbered(string text, int level, int numberingId = 1, string? style = null)
    {
        var paragraph = P(text, style: style);
        paragraph.ParagraphProperties!.NumberingProperties = new NumberingProperties(
            new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId });
        return paragraph;
    }

    /// <summary>Word's built-in Title, heading 1 and heading 2 (names in English, as Word writes them in any language).</summary>
    public static void HeadingStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Title", "Title"),
            Style("1", "heading 1"),
            Style("2", "heading 2"));
    }

    /// <summary>
    /// One multi-level list as a 公文 numbers its parts: 一、 then <paramref name="sectionText"/> (（一） by default),
    /// then 1.; instance 1 uses it, instance 2 restarts it at 一、. Instance 3 is a bulleted list, three levels deep.
    /// </summary>
    public static void ChineseNumbering(MainDocumentPart main, string sectionText = "（%2）")
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                Level(1, NumberFormatValues.ChineseCounting, sectionText),
                Level(2, NumberFormatValues.Decimal, "%3."))
            { AbstractNumberId = 0 },
            new AbstractNum(Level(0, NumberFormatValues.Bullet, "\uF0B7"), Level(1, NumberFormatValues.Bullet, "o"), Level(2, NumberFormatValues.Bullet, "\uF0A7")) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 3 });
    }

    /// <summary>A 1×1 PNG, the smallest picture a report could hold.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A picture inline in the text, as Word inserts one (its alternative text in the drawing's description).</summary>
    public static Run Picture(MainDocumentPart main, byte[] bytes, string contentType = "image/png", string? description = null)
    {
        return PictureOf(AddPicturePart(main, bytes, contentType), description);
    }

    /// <summary>A picture part of the package, not yet shown anywhere; its relationship's id, for <see cref="PictureOf"/>.</summary>
    public static string AddPicturePart(MainDocumentPart main, byte[] bytes, string contentType = "image/png")
    {
        var part = main.AddImagePart(contentType);
        using (var stream = new MemoryStream(bytes))
        {
            part.FeedData(stream);
        }

        return main.GetIdOfPart(part);
    }

    /// <summary>A picture inline in the text showing the part that relationship <paramref name="id"/> names, as Word
    /// writes every copy of a picture pasted again (or a relationship missing or pointing outside, in a made-up file).</summary>
    public static Run PictureOf(string id, string? description = null)
    {
        var properties = new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "图片 1" };
        if (description is not null)
        {
            properties.Description = description;
        }

        return new Run(new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 990000L, Cy = 792000L },
            properties,
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                    new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = "image.png" },
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
                    new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(new DocumentFormat.OpenXml.Drawing.Blip { Embed = id }, new DocumentFormat.OpenXml.Drawing.Stretch()),
                    new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties()))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))));
    }

    /// <summary>The package with one part's text changed, as a damaged or made-up file would hold it.</summary>
    public static byte[] ReplacePart(byte[] docx, string part, Func<string, string> change) =>
        ReplacePartBytes(docx, part, bytes => new UTF8Encoding(false).GetBytes(change(new UTF8Encoding(false).GetString(bytes))));

    /// <summary>The package with one part's bytes changed, byte flips included.</summary>
    public static byte[] ReplacePartBytes(byte[] docx, string part, Func<byte[], byte[]> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(part)!;
            using var bytes = new MemoryStream();
            using (var reader = entry.Open())
            {
                reader.CopyTo(bytes);
            }

            entry.Delete();
            using var writer = archive.CreateEntry(part).Open();
            writer.Write(change(bytes.ToArray()));
        }

        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text },
            new LevelSuffix { Val = LevelSuffixValues.Nothing })
        { LevelIndex = index };

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
}
