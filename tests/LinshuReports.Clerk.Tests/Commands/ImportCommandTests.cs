using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.TestSupport;
using LinshuReports.Clerk.Commands;

namespace LinshuReports.Clerk.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void GbkPage_BecomesAUtf8DraftAtTheGivenPath()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = _folder.WriteBytes("old.html", Encoding.GetEncoding("GB18030").GetBytes("<html><body><h1>临沭县2023年度法治政府建设报告</h1><p>一、主要举措</p></body></html>"));
        var target = Path.Combine(_folder.Path, "2023-linshu-county.md");
        using var output = new StringWriter();

        var exit = Linshu.Run(["import", page, "--out", target], output, output);

        Assert.Equal(0, exit);
        var draft = File.ReadAllText(target, new UTF8Encoding(false, true));
        Assert.Contains("title: 临沭县2023年度法治政府建设报告", draft, StringComparison.Ordinal);
        Assert.Contains("## 一、主要举措", draft, StringComparison.Ordinal);
        Assert.Contains("publisher", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExistingTarget_IsNeverOverwritten()
    {
        var page = _folder.Write("old.txt", "报告\n");
        var target = _folder.Write("2024-linshu-county.md", "已发布的报告");
        using var output = new StringWriter();

        var exit = Linshu.Run(["import", page, "--out", target], output, output);

        Assert.Equal(1, exit);
        Assert.Equal("已发布的报告", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("nope.html")]
    [InlineData("broken-shortcut.html")]
    public void MissingFile_IsAClearError(string name)
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "broken-shortcut.html"), Path.Combine(_folder.Path, "deleted.html"));
        using var output = new StringWriter();

        Assert.Equal(1, Linshu.Run(["import", Path.Combine(_folder.Path, name)], output, output));
        Assert.Contains("找不到", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWordReport_BecomesADraft_WithASummaryAndTheCheckOutcome()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P("一、主要举措", font: "黑体"),
            Docx.P("(一)深化改革。一是优化流程。"),
            new Table(new TableRow(new TableCell(Docx.P("单元格")))),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right),
        ]));
        var target = Path.Combine(_folder.Path, "2025-linshu-county.md");
        using var output = new StringWriter();
        using var messages = new StringWriter();

        var exit = Linshu.Run(["import", docx, "--out", target], output, messages);

        Assert.Equal(0, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("## 一、主要举措\n\n### (一)深化改革。\n\n一是优化流程。", File.ReadAllText(target), StringComparison.Ordinal);
        var said = messages.ToString();
        Assert.Contains("识别出 2 个标题、1 个段落、1 个表格。", said, StringComparison.Ordinal);
        Assert.Contains("检查：草稿没有错误。", said, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldDocFile_IsRefusedInChinese_WithExitCode1_AndNothingWritten()
    {
        var doc = _folder.WriteBytes("报告.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]]);
        var target = Path.Combine(_folder.Path, "2025-linshu-county.md");
        using var output = new StringWriter();

        var exit = Linshu.Run(["import", doc, "--out", target], output, output);

        Assert.Equal(1, exit);
        Assert.Contains("错误：这是旧版 Word 的 .doc 文件", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Force_ReplacesAnExistingDraft()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([Docx.P("临沭县2025年度法治政府建设报告"), Docx.P("新的正文。")]));
        var target = _folder.Write("2025-linshu-county.md", "旧草稿");
        using var output = new StringWriter();

        Assert.Equal(1, Linshu.Run(["import", docx, "--out", target], output, output));
        Assert.Equal("旧草稿", File.ReadAllText(target));
        Assert.Equal(0, Linshu.Run(["import", docx, "--out", target, "--force"], output, output));
        Assert.Contains("新的正文。", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void AWordReportsPictures_AreWrittenIntoItsAttachmentFolder_AndTheDraftChecksClean()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P([Docx.R("案件数量："), Docx.Picture(main, Docx.Png, description: "案件数量柱状图")]),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right))));
        var target = Path.Combine(_folder.Path, "2025-linshu-county.md");
        using var messages = new StringWriter();

        var exit = Linshu.Run(["import", docx, "--out", target], TextWriter.Null, messages);

        Assert.Equal(0, exit);
        Assert.Equal(Docx.Png, File.ReadAllBytes(Path.Combine(_folder.Path, "2025-linshu-county", "image-1.png")));
        Assert.Contains("![案件数量柱状图](2025-linshu-county/image-1.png)", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Contains("检查：草稿没有错误。", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWordReportPrintedWithoutOut_TellsTheClerkThatPicturesAndTheCheckNeedOut_AndWritesNothing()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P([Docx.R("案件数量："), Docx.Picture(main, Docx.Png, description: "案件数量柱状图")]))));
        using var output = new StringWriter();
        using var messages = new StringWriter();

        var exit = Linshu.Run(["import", docx], output, messages);

        Assert.Equal(0, exit);
        Assert.StartsWith("---\n", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("image-1.png", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("未能保留：图片", messages.ToString(), StringComparison.Ordinal);
        Assert.Contains("没有检查。请加 --out content/", messages.ToString(), StringComparison.Ordinal);
        Assert.Equal(["报告.docx"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void AWordFileBeyondTheSizeBound_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(_folder.Path, "巨大.docx");
        using (var file = File.Create(path))
        {
            // Sparse, so it costs no disk; past 2 GB, reading it whole would throw instead of answering.
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        using var output = new StringWriter();

        Assert.Equal(1, Linshu.Run(["import", path], output, output));
        Assert.Contains("文件超过 64 MB", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A named pipe would make the import wait for a writer for ever; a folder is no page either.</summary>
    [Theory]
    [InlineData("pipe.html")]
    [InlineData("folder.docx")]
    public void SomethingThatIsNotAPlainFile_IsRefusedAtOnce_NamingIt(string name)
    {
        var path = Path.Combine(_folder.Path, name);
        using var pipe = name.StartsWith("pipe", StringComparison.Ordinal) ? SpecialFiles.Make(SpecialFiles.Fifo, path) : null;
        if (pipe is null)
        {
            Directory.CreateDirectory(path);
        }

        using var output = new StringWriter();

        Assert.Equal(1, Linshu.Run(["import", path], output, output));
        Assert.Equal($"{path}: 错误：这不是普通文件（而是文件夹、命名管道或设备），无法导入。请指定 Word 原件（.docx）或从旧网站保存的页面。", output.ToString().Trim());
    }

    [Fact]
    public void AShortcutToAPage_IsFollowed()
    {
        var page = _folder.Write("old.html", "<html><body><h1>临沭县2023年度法治政府建设报告</h1><p>正文</p></body></html>");
        var link = Path.Combine(_folder.Path, "shortcut.html");
        File.CreateSymbolicLink(link, page);
        using var output = new StringWriter();

        Assert.Equal(0, Linshu.Run(["import", link], output, output));
        Assert.Contains("title: 临沭县2023年度法治政府建设报告", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PicturesWhoseNamesAreTaken_GetFreeNames_TheCountSaysWhatWasWritten_AndTheClerksFilesStay()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P([Docx.Picture(main, Docx.Png, description: "新图甲")]),
            Docx.P([Docx.Picture(main, [.. Docx.Png, 0], description: "新图乙")]),
            Docx.P("临沭县人民政府", align: JustificationValues.Right),
            Docx.P("2026年3月31日", align: JustificationValues.Right))));
        var folder = Path.Combine(_folder.Path, "2025-linshu-county");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "image-1.png"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(folder, "IMAGE-3.PNG"), [4, 5, 6]);
        var target = Path.Combine(_folder.Path, "2025-linshu-county.md");
        using var messages = new StringWriter();

        var exit = Linshu.Run(["import", docx, "--out", target], TextWriter.Null, messages);

        Assert.Equal(0, exit);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(folder, "image-1.png")));
        Assert.Equal([4, 5, 6], File.ReadAllBytes(Path.Combine(folder, "IMAGE-3.PNG")));
        Assert.Equal(Docx.Png, File.ReadAllBytes(Path.Combine(folder, "image-2.png")));
        Assert.Equal([.. Docx.Png, 0], File.ReadAllBytes(Path.Combine(folder, "image-4.png")));
        var draft = File.ReadAllText(target);
        Assert.Contains("![新图甲](2025-linshu-county/image-2.png)", draft, StringComparison.Ordinal);
        Assert.Contains("![新图乙](2025-linshu-county/image-4.png)", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("image-1.png", draft, StringComparison.Ordinal);
        Assert.Contains("已导出 2 张图片到", messages.ToString(), StringComparison.Ordinal);
        Assert.Contains("原有的 2 个文件没有改动", messages.ToString(), StringComparison.Ordinal);
        Assert.Contains("检查：草稿没有错误。", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithForce_PicturesReplaceTheFilesOfAnEarlierImport()
    {
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([], main => main.Document.Body!.Append(
            Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Docx.P([Docx.Picture(main, Docx.Png, description: "县徽")]))));
        var folder = Path.Combine(_folder.Path, "2025-linshu-county");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "image-1.png"), [1, 2, 3]);
        var target = _folder.Write("2025-linshu-county.md", "旧草稿");
        using var messages = new StringWriter();

        Assert.Equal(0, Linshu.Run(["import", docx, "--out", target, "--force"], TextWriter.Null, messages));
        Assert.Equal(Docx.Png, File.ReadAllBytes(Path.Combine(folder, "image-1.png")));
        Assert.Contains("![县徽](2025-linshu-county/image-1.png)", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Contains("已导出 1 张图片到", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnePictureReferencedAThousandTimes_WritesOneFile_AndNoMoreThanThePackageUnpacksTo()
    {
        var picture = new byte[512 * 1024];
        new Random(6).NextBytes(picture);
        var docx = _folder.WriteBytes("报告.docx", Docx.Build([Docx.P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)], main =>
        {
            var id = Docx.AddPicturePart(main, picture);
            main.Document.Body!.Append(Enumerable.Range(0, 1000).Select(_ => Docx.P([Docx.PictureOf(id, "县徽")])));
        }));
        var target = Path.Combine(_folder.Path, "2025-linshu-county.md");
        using var messages = new StringWriter();

        Assert.Equal(0, Linshu.Run(["import", docx, "--out", target], TextWriter.Null, messages));

        var written = Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, written.Count);
        Assert.Equal(picture, File.ReadAllBytes(Path.Combine(_folder.Path, "2025-linshu-county", "image-1.png")));
        using var package = new System.IO.Compression.ZipArchive(File.OpenRead(docx));
        Assert.InRange(written.Sum(f => new FileInfo(f).Length), 0, package.Entries.Sum(e => e.Length));
        Assert.Contains("已导出 1 张图片到", messages.ToString(), StringComparison.Ordinal);
    }
}
