using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// A Word table as a GFM pipe table (the site renders no HTML). The first row is the header. A pipe table has one
/// line per row and no merged cells, so: a merged cell's text stands once, in its first (top-left) cell, and the
/// cells it covered are left empty; a cell's paragraphs are joined by spaces; a row with fewer cells is padded.
/// Each table that lost structure this way is named to the clerk.
/// </summary>
public static class WordTable
{
    private const int MaxColumns = 63;

    public static string ToMarkdown(Table table, int number, WordImportContext context)
    {
        var rows = new List<List<string>>();
        var changed = new List<string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                // Descendants, not children: the text of a nested table or a content control stays in the cell.
                context.Notes.TextBoxes += cell.Descendants<Paragraph>().Sum(p => WordTextBoxes.In(p).Count());
                var paragraphs = cell.Descendants<Paragraph>()
                    .Where(p => !WordTextBoxes.IsCopyForOlderReaders(p))
                    .Select(p => WordInline.Of(p, context).Markdown().Replace("\\\n", " ", StringComparison.Ordinal))
                    .Where(text => text.Length > 0)
                    .ToList();
                if (paragraphs.Count > 1)
                {
                    Note(changed, "单元格内的分段合成了一段");
                }

                if (cell.Elements<Table>().Any())
                {
                    Note(changed, "表格中嵌套的表格只保留了文字");
                }

                var continuesAbove = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continuesAbove)
                {
                    Note(changed, "上下合并的单元格拆开，文字留在最上一格");
                }

                cells.Add(continuesAbove ? string.Empty : string.Join(" ", paragraphs));
                // Word allows at most 63 columns; a larger span is a made-up file and must not blow up the row.
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                if (span > 1)
                {
                    Note(changed, "左右合并的单元格拆开，文字留在最左一格");
                    cells.AddRange(Enumerable.Repeat(string.Empty, span - 1));
                }
            }

            rows.Add(cells);
        }

        var width = rows.Count == 0 ? 0 : Math.Min(rows.Max(r => r.Count), MaxColumns);
        if (rows.Any(r => r.Count > width))
        {
            Note(changed, $"超过 {MaxColumns} 列的部分没有导入");
            rows = [.. rows.Select(r => r.Take(width).ToList())];
        }

        if (width == 0)
        {
            return string.Empty;
        }

        if (rows.Any(r => r.Count < width))
        {
            Note(changed, "缺格的行补了空格");
        }

        if (changed.Count > 0)
        {
            context.Notes.Lose($"第 {number} 个表格的部分结构（{string.Join("；", changed)}），请对照原件核对");
        }

        var markdown = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat(string.Empty, width - rows[i].Count));
            markdown.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
            if (i == 0)
            {
                markdown.Append('|').Append(string.Concat(Enumerable.Repeat("---|", width))).Append('\n');
            }
        }

        return markdown.ToString().TrimEnd('\n');
    }

    private static void Note(List<string> changed, string what)
    {
        if (!changed.Contains(what))
        {
            changed.Add(what);
        }
    }
}
