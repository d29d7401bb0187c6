using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using static LinshuReports.TestSupport.Docx;

namespace LinshuReports.Clerk.Tests.Import.Word;

/// <summary>Packages no Word saves, but a made-up or damaged file holds: each imported with a note, or refused naming the part.</summary>
public sealed class WordMalformedPackageTests
{
    private static Paragraph Title => P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center);

    [Fact]
    public void APictureWhoseRelationshipIsMissing_IsNamedToTheClerk_AndTheRestImports()
    {
        var docx = Build([Title, P("正文。"), P([PictureOf("rId404", "县徽")])]);

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Contains("\n正文。\n", result.Markdown, StringComparison.Ordinal);
        Assert.Empty(result.Images);
        Assert.Equal(["第 1 张图片（原件中找不到这张图片，可能已损坏），请手工放入附件文件夹"], result.Notes.Lost);
    }

    [Fact]
    public void APictureLinkedToAFileOutsideThePackage_IsNamedToTheClerk_AndNeverRead()
    {
        var docx = Build([Title, P("正文。")], main =>
        {
            var link = main.AddExternalRelationship(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("file:///etc/passwd"));
            main.Document.Body!.Append(P([PictureOf(link.Id, "县徽")]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Contains("\n正文。\n", result.Markdown, StringComparison.Ordinal);
        Assert.Empty(result.Images);
        Assert.Equal(["第 1 张图片（链接到原件以外的文件，没有读取），请手工放入附件文件夹"], result.Notes.Lost);
    }

    [Fact]
    public void ARelationshipNamingAPartThatIsNoPicture_IsNamedToTheClerk()
    {
        var docx = Build([Title, P("正文。")], main =>
        {
            HeadingStyles(main);
            main.Document.Body!.Append(P([PictureOf(main.GetIdOfPart(main.StyleDefinitionsPart!), "县徽")]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Empty(result.Images);
        Assert.Equal(["第 1 张图片（原件中找不到这张图片，可能已损坏），请手工放入附件文件夹"], result.Notes.Lost);
    }

    [Fact]
    public void ANumberingLevelDefinedTwice_CountsByItsFirstDefinition()
    {
        var docx = Build([Title, Numbered("主要举措", 0), Numbered("存在的不足", 0)], main =>
        {
            ChineseNumbering(main);
            var first = main.NumberingDefinitionsPart!.Numbering.Elements<AbstractNum>().First();
            first.Append(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 });
        });

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.Contains("## 一、主要举措\n\n## 二、存在的不足\n", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberingAndStylesDefinedTwice_AreReadByTheirFirstDefinition()
    {
        var docx = Build([Title, Numbered("主要举措", 0), P("存在的不足", style: "1")], main =>
        {
            ChineseNumbering(main);
            HeadingStyles(main);
            var numbering = main.NumberingDefinitionsPart!.Numbering;
            numbering.InsertAfter(new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 }, numbering.Elements<AbstractNum>().Last());
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            main.StyleDefinitionsPart!.Styles!.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "1" });
        });

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.Contains("## 一、主要举措\n\n## 存在的不足\n", result.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/numbering.xml", "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum")]
    [InlineData("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:styleId=\"1\"")]
    [InlineData("word/footnotes.xml", "<w:footnotes")]
    public void APartThatIsBrokenXml_IsRefused_NamingThePart(string part, string xml)
    {
        var docx = Build([Title, Numbered("主要举措", 0), P([R("正文"), new Run(new FootnoteReference { Id = 1 })], style: "1")], main =>
        {
            ChineseNumbering(main);
            HeadingStyles(main);
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P("注释。")) { Id = 1 });
        });

        var result = WordImporter.Import(ReplacePart(docx, part, _ => xml), "报告.docx");

        Assert.Null(result.Markdown);
        Assert.StartsWith($"文件中的 {part} 已损坏", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("另存为 .docx", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttributeNoWordWrites_IsRefused_NamingThePart()
    {
        var docx = ReplacePart(Build([Title, Numbered("主要举措", 0)], main => ChineseNumbering(main)), "word/numbering.xml",
            xml => xml.Replace("w:ilvl=\"0\"", "w:ilvl=\"零\"", StringComparison.Ordinal));

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.Null(result.Markdown);
        Assert.StartsWith("文件中的 word/numbering.xml 已损坏", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelationshipsPartThatIsBrokenXml_IsRefused_NamingIt()
    {
        var docx = ReplacePart(Build([Title, P("正文。")], main => HeadingStyles(main)), "word/_rels/document.xml.rels", xml => xml[..(xml.Length / 2)]);

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.Null(result.Markdown);
        Assert.StartsWith("文件中的 word/_rels/document.xml.rels 已损坏", result.Refusal, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<string, string>, string> DamagedIndexes() => new()
    {
        { "word/_rels/document.xml.rels", xml => System.Text.RegularExpressions.Regex.Replace(xml, "(<Relationship [^>]*/>)", "$1$1", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)), "关系编号 " },
        { "_rels/.rels", xml => xml.Replace("Target=\"/word/document.xml\"", "Target=\"/word/document2.xml\"", StringComparison.Ordinal), "指向的 /word/document2.xml 不存在" },
        { "_rels/.rels", xml => xml.Replace("/officeDocument\"", "/other\"", StringComparison.Ordinal), "没有指向正文的关系" },
        { "[Content_Types].xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<Default Extension=\"png\"[^>]*/>", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)), "缺少 media/" },
    };

    [Theory]
    [MemberData(nameof(DamagedIndexes))]
    public void ADamagedPackageIndex_IsRefused_NamingThePartAndTheDamage(string part, Func<string, string> damage, string what)
    {
        var docx = Build([Title, P("正文。")], main =>
        {
            HeadingStyles(main);
            main.Document.Body!.Append(P([Picture(main, Png, description: "县徽")]));
        });
        var damaged = ReplacePart(docx, part, damage);
        Assert.NotEqual(docx, damaged);

        var result = WordImporter.Import(damaged, "报告.docx");

        Assert.Null(result.Markdown);
        Assert.StartsWith($"文件中的 {part} 已损坏（{what}", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void APartWhoseCompressedBytesAreDamaged_IsRefused_NamingIt()
    {
        var docx = Build([Title, .. Enumerable.Range(0, 200).Select(i => P($"第{i}段正文，内容各不相同以免压缩得太小。"))]);
        var name = "word/document.xml"u8.ToArray();
        // The local header (30 bytes, then the name, then no extra field in a package the SDK writes) precedes the data.
        var header = LocalHeaderOf(docx, name);
        var data = header + 30 + name.Length + BitConverter.ToUInt16(docx, header + 28);
        for (var i = data + 10; i < data + 60; i++)
        {
            docx[i] ^= 0x5A;
        }

        var result = WordImporter.Import(docx, "报告.docx");

        Assert.StartsWith("文件中的 word/document.xml 已经损坏，无法解压。", result.Refusal, StringComparison.Ordinal);
    }

    private static int LocalHeaderOf(byte[] zip, byte[] name)
    {
        for (var at = 0; at + 30 + name.Length <= zip.Length; at++)
        {
            if (zip.AsSpan(at, 4).SequenceEqual("PK\u0003\u0004"u8) && zip.AsSpan(at + 30, name.Length).SequenceEqual(name))
            {
                return at;
            }
        }

        throw new InvalidOperationException("no local header for the part");
    }
}
