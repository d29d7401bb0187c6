using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace LinshuReports.Content.Import.Word;

/// <summary>
/// Pictures taken out of the document into the report's attachment folder (content/README.md, section 四) and
/// linked where they stood. The site publishes PNG and JPEG only; any other picture is named to the clerk.
/// </summary>
/// <param name="folder">The attachment folder's name (the draft's file name without .md); null when the draft is printed, not written.</param>
public sealed class WordImages(string? folder)
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/jpg"] = ".jpg",
    };

    private readonly List<WordImage> _images = [];
    private int _seen;

    public IReadOnlyList<WordImage> Images => _images;

    /// <summary>The Markdown image for a drawing, or null (and a note) when its picture cannot be published.</summary>
    public string? Add(DocumentFormat.OpenXml.OpenXmlElement drawing, WordImportContext context)
    {
        var number = ++_seen;
        var embed = drawing.Descendants<Drawing.Blip>().FirstOrDefault()?.Embed?.Value;
        if (embed is null || context.Document.GetPartById(embed) is not ImagePart part)
        {
            context.Notes.Lose($"第 {number} 张图片（不是嵌入的图片，可能是链接或图形），请手工放入附件文件夹");
            return null;
        }

        if (!Extensions.TryGetValue(part.ContentType, out var extension))
        {
            context.Notes.Lose($"第 {number} 张图片（{part.ContentType} 格式网站不能发布），请另存为 PNG 或 JPG 后放入附件文件夹");
            return null;
        }

        if (folder is null)
        {
            context.Notes.Lose("图片（只有用 --out 写出草稿时才导出图片）");
            return null;
        }

        using var stream = part.GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var fileName = $"image-{number}{extension}";
        _images.Add(new WordImage(fileName, bytes.ToArray()));
        // Word's alternative text is the description; older files and some tools fill only the title.
        var description = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .SelectMany(p => new[] { p.Description?.Value, p.Title?.Value })
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        if (description is null)
        {
            context.Notes.Lose($"第 {number} 张图片的文字说明（原件没有，草稿中暂写“图{number}”，请按图片内容补写，供读屏软件朗读）");
        }

        var alt = description is null ? $"图{number}" : DraftFrontMatter.OneLine(description);
        return $"![{MarkdownText.EscapeCharacters(alt)}]({folder}/{fileName})";
    }
}
