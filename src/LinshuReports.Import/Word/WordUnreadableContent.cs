using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace LinshuReports.Import.Word;

/// <summary>
/// Content in the body that the importer cannot turn into text or a picture: each kind is counted and named to the
/// clerk with what to do, never dropped without a word. The copies Word saves for older readers are not counted twice.
/// </summary>
public static class WordUnreadableContent
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    private static readonly Kind[] Kinds =
    [
        new("嵌入的文档（altChunk）", "请在 Word 中打开原件，复制其文字后粘贴到草稿中", e => e is AltChunk),
        new("嵌入的对象（OLE，如 Excel 表格、Visio 图）", "请在 Word 中打开原件，把其中的文字或表格复制到草稿中，或另存为图片放入附件文件夹", e => e is EmbeddedObject),
        new("图表", "请在 Word 中右键图表“另存为图片”，放入附件文件夹并在草稿中引用，数据最好另写成表格", e => IsGraphic(e, ChartUri) || IsGraphic(e, ChartExUri)),
        new("SmartArt 图形", "请把其中的文字写入草稿，或在 Word 中另存为图片放入附件文件夹", e => IsGraphic(e, DiagramUri)),
        new("公式", "请把公式写成文字，或在 Word 中另存为图片放入附件文件夹", e => e is DocumentFormat.OpenXml.Math.OfficeMath && !e.Ancestors<DocumentFormat.OpenXml.Math.OfficeMath>().Any()),
    ];

    /// <summary>Counts each kind in the body and names those found to the clerk.</summary>
    public static void Note(Body body, WordImportNotes notes)
    {
        var counts = new int[Kinds.Length];
        foreach (var element in body.Descendants())
        {
            var kind = Array.FindIndex(Kinds, k => k.Is(element));
            if (kind >= 0 && !WordTextBoxes.IsCopyForOlderReaders(element))
            {
                counts[kind]++;
            }
        }

        for (var i = 0; i < Kinds.Length; i++)
        {
            if (counts[i] > 0)
            {
                // A space between a word and a number, none after a closing full-width bracket: 图表 2 处, （altChunk）1 处.
                var space = Kinds[i].Name.EndsWith('）') ? string.Empty : " ";
                notes.NotImported.Add($"{Kinds[i].Name}{space}{counts[i]} 处未导入，{Kinds[i].Advice}。");
            }
        }
    }

    /// <summary>Whether a drawing shows a chart or SmartArt, which <see cref="Note"/> names: no picture to export.</summary>
    public static bool IsChartOrDiagram(OpenXmlElement drawing) =>
        drawing.Descendants<Drawing.GraphicData>().Any(d => d.Uri?.Value is ChartUri or ChartExUri or DiagramUri);

    private static bool IsGraphic(OpenXmlElement element, string uri) => element is Drawing.GraphicData data && data.Uri?.Value == uri;

    private sealed record Kind(string Name, string Advice, Func<OpenXmlElement, bool> Is);
}
