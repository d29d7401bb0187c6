using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace LinshuReports.Import.Word;

/// <summary>
/// Pictures taken out of the document into the report's attachment folder (content/README.md, section 四) and
/// linked where they stood. The site publishes PNG and JPEG only; any other picture is named to the clerk. A picture
/// shown in many places is one part of the package, written once and linked from every place: a file repeating one
/// picture a thousand times must not write it a thousand times.
/// </summary>
/// <param name="folder">The attachment folder's name (the draft's file name without .md); null when the draft is printed, not written.</param>
/// <param name="takenNames">Files already in the folder: a picture is given the next free name, never another file's.</param>
public sealed class WordImages(string? folder, IReadOnlySet<string> takenNames)
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/jpg"] = ".jpg",
    };

    private readonly List<WordImage> _images = [];
    private readonly Dictionary<Uri, string> _written = [];
    private int _seen;
    private int _nextName = 1;

    public IReadOnlyList<WordImage> Images => _images;

    /// <summary>The Markdown image for a drawing, or null (and a note) when its picture cannot be published.</summary>
    public string? Add(DocumentFormat.OpenXml.OpenXmlElement drawing, WordImportContext context)
    {
        var number = ++_seen;
        var embed = drawing.Descendants<Drawing.Blip>().FirstOrDefault()?.Embed?.Value;
        if (embed is null)
        {
            context.Notes.Lose($"第 {number} 张图片（不是嵌入的图片，可能是链接或图形），请手工放入附件文件夹");
            return null;
        }

        // A picture linked to a file outside the package is never read: it could name any file or address.
        if (!context.Document.TryGetPartById(embed, out var found) || found is not ImagePart part)
        {
            var outside = context.Document.ExternalRelationships.Any(r => r.Id == embed);
            context.Notes.Lose($"第 {number} 张图片（{(outside ? "链接到原件以外的文件，没有读取" : "原件中找不到这张图片，可能已损坏")}），请手工放入附件文件夹");
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

        if (!_written.TryGetValue(part.Uri, out var fileName))
        {
            fileName = FreeName(extension);
            _written[part.Uri] = fileName;
            var bytes = WordParts.Read(part, () => Bytes(part));
            context.Budget.Spend(bytes.LongLength);
            _images.Add(new WordImage(fileName, bytes));
        }

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

    private string FreeName(string extension)
    {
        string name;
        do
        {
            name = $"image-{_nextName++}{extension}";
        }
        while (takenNames.Contains(name));

        return name;
    }

    private static byte[] Bytes(ImagePart part)
    {
        using var stream = part.GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
