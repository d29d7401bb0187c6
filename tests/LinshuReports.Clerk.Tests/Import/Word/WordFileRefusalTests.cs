using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using static LinshuReports.TestSupport.Docx;

namespace LinshuReports.Clerk.Tests.Import.Word;

/// <summary>Files a clerk may be handed instead of a .docx, and files made to harm: each refused in Chinese, none parsed.</summary>
public sealed class WordFileRefusalTests
{
    private static readonly byte[] CompoundFileHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static string Refusal(byte[] bytes, string name = "报告.docx")
    {
        var result = WordImporter.Import(bytes, name);
        Assert.Null(result.Markdown);
        return result.Refusal!;
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    [Theory]
    [InlineData("报告.doc", "旧版 Word 的 .doc 文件", "另存为 .docx")]
    [InlineData("报告.wps", "WPS 文字的 .wps 文件", "Word 文档（*.docx）")]
    public void AnOldBinaryDocument_IsRefused_WithHowToSaveItAsDocx(string name, string what, string fix)
    {
        var bytes = CompoundFileHeader.Concat(new byte[4096]).ToArray();

        var refusal = Refusal(bytes, name);

        Assert.Contains(what, refusal, StringComparison.Ordinal);
        Assert.Contains(fix, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordProtectedDocument_IsRefused_AsEncrypted()
    {
        // Office keeps an encrypted .docx in a compound file, in a stream named EncryptedPackage.
        var bytes = CompoundFileHeader.Concat(new byte[512]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[512]).ToArray();

        Assert.Contains("设置了打开密码", Refusal(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n1 0 obj", "PDF 文件")]
    [InlineData("临沭县2024年度法治政府建设报告", "不是 Word 文档")]
    [InlineData("", "不是 Word 文档")]
    public void APdfOrAnyOtherFile_IsRefused(string content, string what) =>
        Assert.Contains(what, Refusal(Encoding.UTF8.GetBytes(content)), StringComparison.Ordinal);

    [Fact]
    public void ATruncatedDocx_IsRefusedAsDamaged()
    {
        var whole = Build([P("正文。")]);

        Assert.Contains("损坏", Refusal(whole[..(whole.Length / 2)]), StringComparison.Ordinal);
    }

    [Fact]
    public void AZipThatIsNoWordDocument_IsRefusedAsDamaged()
    {
        var bytes = Zip(archive => Entry(archive, "readme.txt", "不是文档"));

        Assert.Contains("损坏", Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void AMacroEnabledDocument_IsRefused_AndNothingInItRuns()
    {
        var bytes = Build([P("正文。")], type: DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument);

        Assert.Contains("含宏的文档", Refusal(bytes, "报告.docm"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDocument_IsRefused()
    {
        Assert.Contains("没有正文", Refusal(Build([P(string.Empty), P("　　")])), StringComparison.Ordinal);
    }

    [Fact]
    public void APartThatUnpacksBeyondItsBound_IsRefusedAfterBoundedWork()
    {
        // About 65 KB on disk: zeros compress a thousandfold.
        var bomb = Zip(archive =>
        {
            using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= WordPackageGuard.MaxEntryBytes / zeros.Length; i++)
            {
                stream.Write(zeros);
            }
        });

        var refusal = Refusal(bomb);

        Assert.InRange(bomb.Length, 1, 1024 * 1024);
        Assert.Equal("文件中的 word/document.xml 解压后超过 64 MB，可能是恶意构造的压缩包（“压缩炸弹”），已拒绝。请在 Word 中重新另存为 .docx。", refusal);
    }

    /// <summary>A part of zeros, a thousandth of its size on disk.</summary>
    private static void Zeros(ZipArchive archive, string name, long bytes)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1024 * 1024];
        for (var left = bytes; left > 0; left -= zeros.Length)
        {
            stream.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
    }

    [Fact]
    public void PartsExactlyAtEachBound_AreAccepted_AndOneByteMoreInAllIsRefusedAsTooBigInAll()
    {
        var atBounds = Zip(archive =>
        {
            for (var i = 0; i < WordPackageGuard.MaxTotalBytes / WordPackageGuard.MaxEntryBytes; i++)
            {
                Zeros(archive, $"media/part{i}.bin", WordPackageGuard.MaxEntryBytes);
            }
        });
        // The byte too many comes first, so the bound in all is passed while a part stands exactly at its own.
        var oneMore = Zip(archive =>
        {
            Zeros(archive, "media/first.bin", 1);
            for (var i = 0; i < WordPackageGuard.MaxTotalBytes / WordPackageGuard.MaxEntryBytes; i++)
            {
                Zeros(archive, $"media/part{i}.bin", WordPackageGuard.MaxEntryBytes);
            }
        });

        Assert.Null(WordPackageGuard.Refusal(atBounds));
        Assert.Equal(
            $"文件解压后超过 {WordPackageGuard.MaxTotalBytes / 1024 / 1024} MB，可能是恶意构造的压缩包（“压缩炸弹”），已拒绝。请在 Word 中重新另存为 .docx。",
            WordPackageGuard.Refusal(oneMore));
    }

    [Fact]
    public void ExactlyAsManyPartsAsAllowed_AreAccepted()
    {
        var bytes = Zip(archive =>
        {
            for (var i = 0; i < WordPackageGuard.MaxEntries; i++)
            {
                archive.CreateEntry($"part{i}.xml");
            }
        });

        Assert.Null(WordPackageGuard.Refusal(bytes));
    }

    [Fact]
    public void AFileExactlyAtTheSizeBound_IsNotRefusedForItsSize()
    {
        var refusal = WordPackageGuard.Refusal(new byte[WordPackageGuard.MaxFileBytes]);

        Assert.NotNull(refusal);
        Assert.DoesNotContain("MB", refusal, StringComparison.Ordinal);
        Assert.StartsWith("文件超过 64 MB", WordPackageGuard.Refusal(new byte[WordPackageGuard.MaxFileBytes + 1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document><w:document/>")]
    [InlineData("<?xml version=\"1.0\"?><!ENTITY x \"y\"><w:document/>")]
    [InlineData("<!ENTITY x \"y\"><w:document/>")]
    public void APartOpeningWithADtdOrDeclaringAnEntity_IsRefused(string xml)
    {
        var bytes = Zip(archive => Entry(archive, "word/document.xml", xml));

        Assert.StartsWith("文件中的 word/document.xml 含有 DTD", WordPackageGuard.Refusal(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>", "文件中的 word/document.xml 已损坏，")]
    [InlineData("", "文件中的 word/document.xml 已损坏（没有正文部分），")]
    public void ADocumentWhoseTextIsBrokenXml_IsRefusedAsDamaged(string xml, string refusal)
    {
        var broken = ReplacePart(Build([P("正文。")]), "word/document.xml", _ => xml);

        Assert.StartsWith(refusal, Refusal(broken), StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyParts_AreRefused()
    {
        var bytes = Zip(archive =>
        {
            for (var i = 0; i <= WordPackageGuard.MaxEntries; i++)
            {
                archive.CreateEntry($"part{i}.xml");
            }
        });

        Assert.Contains($"超过 {WordPackageGuard.MaxEntries} 个", Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithExternalEntities_IsRefused_AndNeitherTheFileNorTheAddressIsRead()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/secret";
        var secret = Path.Combine(Path.GetTempPath(), $"linshu-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "机密内容");
        try
        {
            var docx = Build([P("正文。")]);
            var poisoned = ReplacePart(docx, "word/document.xml", xml => xml.Replace(
                "<w:document",
                $"<!DOCTYPE w:document [<!ENTITY file SYSTEM \"file://{secret}\"><!ENTITY web SYSTEM \"{address}\">]><w:document",
                StringComparison.Ordinal).Replace("正文。", "&file;&web;", StringComparison.Ordinal));

            var refusal = Refusal(poisoned);

            Assert.Contains("DTD", refusal, StringComparison.Ordinal);
            Assert.DoesNotContain("机密内容", refusal, StringComparison.Ordinal);
            Assert.False(listener.Pending(), "the importer connected to the address an entity named");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void AMadeUpTable_WithAHugeSpanOrTooManyCells_IsCutAt63Columns_NotExpandedInMemory()
    {
        var wide = new TableRow(Enumerable.Range(0, 200).Select(i => new TableCell(P($"格{i}"))));
        var spanned = new TableRow(new TableCell(new TableCellProperties(new GridSpan { Val = int.MaxValue }), P("跨列")));
        var result = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), new Table(spanned, wide)]), "报告.docx");

        var header = result.Markdown!.Split('\n').Single(l => l.StartsWith("| 跨列", StringComparison.Ordinal));
        Assert.Equal(63, header.Count(c => c == '|') - 1);
        Assert.Contains(result.Notes.Lost, l => l.Contains("超过 63 列的部分没有导入", StringComparison.Ordinal));
    }

    public static TheoryData<string> Wrappers() => ["block", "inserted", "link"];

    [Theory]
    [MemberData(nameof(Wrappers))]
    public void BlocksInsertionsAndLinksNestedDeep_AreCut_WhileAFewLevelsKeepTheirText(string wrapper)
    {
        OpenXmlElement Nest(int levels, string text)
        {
            OpenXmlElement inner = wrapper == "block" ? P(text) : R(text);
            for (var i = 0; i < levels; i++)
            {
                inner = wrapper switch
                {
                    "block" => new SdtBlock(new SdtContentBlock(inner)),
                    "inserted" => new InsertedRun(inner) { Id = $"{i}", Author = "审核人" },
                    _ => new Hyperlink(inner),
                };
            }

            return wrapper == "block" ? inner : new Paragraph(inner);
        }

        var result = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), Nest(3, "浅处"), Nest(200, "深处")]), "报告.docx");

        Assert.Contains("\n浅处\n", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("深处", result.Markdown, StringComparison.Ordinal);
        Assert.Contains(result.Notes.Lost, l => l.StartsWith("嵌套超过 32 层的内容", StringComparison.Ordinal));
    }

    [Fact]
    public void TablesNestedHundredsDeepInACell_AreReadWithoutRecursion()
    {
        OpenXmlElement table = new Table(new TableRow(new TableCell(P("最深处"))));
        for (var i = 0; i < 300; i++)
        {
            table = new Table(new TableRow(new TableCell(table, P(string.Empty))));
        }

        var result = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), P("正文"), table]), "报告.docx");

        Assert.Contains("\n正文\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 最深处 |", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TextBoxesNestedDeep_AreCutInTheBody_AndKeptOnceInACell()
    {
        static OpenXmlElement Nest(int levels)
        {
            OpenXmlElement paragraph = P("最深处");
            for (var i = 0; i < levels; i++)
            {
                paragraph = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Picture(
                    new DocumentFormat.OpenXml.Vml.Rectangle(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(paragraph))))));
            }

            return paragraph;
        }

        var body = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), P("正文"), Nest(150)]), "报告.docx");
        var cell = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), P("正文"), new Table(new TableRow(new TableCell(Nest(150))))]), "报告.docx");

        Assert.Contains("\n正文\n", body.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("最深处", body.Markdown, StringComparison.Ordinal);
        Assert.Contains(body.Notes.Lost, l => l.StartsWith("嵌套超过 32 层的内容", StringComparison.Ordinal));
        Assert.Contains("\n| 最深处 |\n", cell.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentNestedHundredsDeep_IsCut_NotAStackOverflow()
    {
        OpenXmlElement run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("最深处"));
        for (var i = 0; i < 400; i++)
        {
            run = new SdtRun(new SdtContentRun(run));
        }

        var result = WordImporter.Import(Build([P("临沭县2025年度法治政府建设报告"), new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文"))), new Paragraph(run)]), "报告.docx");

        Assert.Contains("\n正文\n", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("最深处", result.Markdown, StringComparison.Ordinal);
        Assert.Contains(result.Notes.Lost, l => l.StartsWith("嵌套超过 32 层的内容", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(300_000)]
    public void APartNestedDeeperThanAnyReport_IsRefusedBeforeTheSdkReadsIt(int levels)
    {
        // Written as text: a document this deep is 33 KB on disk, and the SDK, which reads elements recursively,
        // overflowed its stack on one nested 10,000 deep, a crash no handler catches.
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>" +
            string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", levels)) + "<w:r><w:t>最深处</w:t></w:r>" +
            string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", levels)) + "</w:p></w:body></w:document>";
        var document = Build([P("临沭县2025年度法治政府建设报告")]);
        using (var stream = new MemoryStream())
        {
            stream.Write(document);
            using (var package = WordprocessingDocument.Open(stream, isEditable: true))
            {
                using var part = new StreamWriter(package.MainDocumentPart!.GetStream(FileMode.Create));
                part.Write(xml);
            }

            document = stream.ToArray();
        }

        // The guard alone first: were it to let the part through, the import would crash the test run, not fail it.
        Assert.Contains("word/document.xml 嵌套超过 1000 层", WordPackageGuard.Refusal(document) ?? "", StringComparison.Ordinal);
        var refusal = Refusal(document);

        Assert.Contains("word/document.xml 嵌套超过 1000 层", refusal, StringComparison.Ordinal);
        Assert.Contains("另存为 .docx", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeepPartUnderANameThatIsNotXml_IsRefusedToo()
    {
        // The SDK finds the main document through the relationships and content types, whatever the part is called.
        const string Levels = "<w:sdt><w:sdtContent>";
        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>" +
            string.Concat(Enumerable.Repeat(Levels, 30_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 30_000)) + "</w:p></w:body></w:document>";
        var package = Zip(archive =>
        {
            Entry(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Override PartName=\"/word/document.dat\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(archive, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.dat\"/></Relationships>");
            Entry(archive, "word/document.dat", document);
        });

        // The guard alone first: were it to let the part through, the import would crash the test run, not fail it.
        Assert.Contains("word/document.dat 嵌套超过 1000 层", WordPackageGuard.Refusal(package) ?? "", StringComparison.Ordinal);
        Assert.Contains("word/document.dat 嵌套超过 1000 层", Refusal(package), StringComparison.Ordinal);
    }

    [Fact]
    public void APartNestedExactlyToTheBound_IsRead_AndOneLevelMoreIsRefused()
    {
        // Document, body, paragraph, then the insertions, the run and its text: the text is the bound's last level.
        static byte[] Nested(int levels)
        {
            OpenXmlElement run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("最深处"));
            for (var i = 0; i < levels - 5; i++)
            {
                run = new InsertedRun(run) { Id = $"{i}", Author = "审核人" };
            }

            return Build([P("临沭县2025年度法治政府建设报告"), new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文"))), new Paragraph(run)]);
        }

        var atBound = WordImporter.Import(Nested(WordPackageGuard.MaxDepth), "报告.docx");

        Assert.Null(atBound.Refusal);
        Assert.Contains("\n正文\n", atBound.Markdown, StringComparison.Ordinal);
        Assert.Contains("嵌套超过 1000 层", Refusal(Nested(WordPackageGuard.MaxDepth + 1)), StringComparison.Ordinal);
    }
}
