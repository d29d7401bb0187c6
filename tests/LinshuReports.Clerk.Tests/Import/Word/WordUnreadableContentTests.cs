using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using static LinshuReports.TestSupport.Docx;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;

namespace LinshuReports.Clerk.Tests.Import.Word;

/// <summary>Content the importer cannot read is named in the summary with what to do, never dropped without a word.</summary>
public sealed class WordUnreadableContentTests
{
    private static Run Graphic(string uri, string name) => new(new Drawing(new DW.Inline(
        new DW.Extent { Cx = 990000L, Cy = 792000L },
        new DW.DocProperties { Id = 2U, Name = name },
        new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData { Uri = uri }))));

    [Fact]
    public void AltChunksObjectsChartsSmartArtAndEquations_AreEachCountedAndNamed_AndTheTextAroundThemStays()
    {
        var docx = Build([P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)], main =>
        {
            var chunk = main.AddAlternativeFormatImportPart(AlternativeFormatImportPartType.Html);
            using (var html = new MemoryStream("<html><body><p>另一份文件的文字</p></body></html>"u8.ToArray()))
            {
                chunk.FeedData(html);
            }

            main.Document.Body!.Append(
                P("正文。"),
                new AltChunk { Id = main.GetIdOfPart(chunk) },
                new Table(new TableRow(new TableCell(P("表内")), new TableCell(new AltChunk { Id = "rId99" }, P(string.Empty)))),
                P([R("数据见表："), new Run(new EmbeddedObject())]),
                P([R("案件趋势："), Graphic("http://schemas.openxmlformats.org/drawingml/2006/chart", "图表 1")]),
                P([Graphic("http://schemas.microsoft.com/office/drawing/2014/chartex", "图表 2")]),
                P([Graphic("http://schemas.openxmlformats.org/drawingml/2006/diagram", "SmartArt 1")]),
                new Paragraph(new M.Paragraph(new M.OfficeMath(new M.Run(new M.Text("x=1"))))),
                P([R("增长率"), new M.OfficeMath(new M.Run(new M.Text("r"))), R("为正。")]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Contains("\n正文。\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n数据见表：\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n案件趋势：\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n增长率为正。\n", result.Markdown, StringComparison.Ordinal);
        Assert.Empty(result.Images);
        Assert.Empty(result.Notes.Lost);
        Assert.Equal(
            [
                "嵌入的文档（altChunk）2 处未导入，请在 Word 中打开原件，复制其文字后粘贴到草稿中。",
                "嵌入的对象（OLE，如 Excel 表格、Visio 图）1 处未导入，请在 Word 中打开原件，把其中的文字或表格复制到草稿中，或另存为图片放入附件文件夹。",
                "图表 2 处未导入，请在 Word 中右键图表“另存为图片”，放入附件文件夹并在草稿中引用，数据最好另写成表格。",
                "SmartArt 图形 1 处未导入，请把其中的文字写入草稿，或在 Word 中另存为图片放入附件文件夹。",
                "公式 2 处未导入，请把公式写成文字，或在 Word 中另存为图片放入附件文件夹。",
            ],
            result.Notes.NotImported);
        Assert.Contains(result.Notes.Summary(), line => line.StartsWith("嵌入的文档（altChunk）2 处未导入", StringComparison.Ordinal));
    }

    [Fact]
    public void AChartSavedWithAPictureForOlderReaders_IsCountedOnce()
    {
        var docx = Build([P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center), P("正文。")], main =>
        {
            var chart = Graphic("http://schemas.microsoft.com/office/drawing/2014/chartex", "图表 1").GetFirstChild<Drawing>()!.CloneNode(true);
            var fallback = Graphic("http://schemas.openxmlformats.org/drawingml/2006/chart", "图表 1").GetFirstChild<Drawing>()!.CloneNode(true);
            main.Document.Body!.Append(P([new Run(new AlternateContent(
                new AlternateContentChoice(chart) { Requires = "cx1" },
                new AlternateContentFallback(fallback)))]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Equal(["图表 1 处未导入，请在 Word 中右键图表“另存为图片”，放入附件文件夹并在草稿中引用，数据最好另写成表格。"], result.Notes.NotImported);
        Assert.Empty(result.Notes.Lost);
    }
}
