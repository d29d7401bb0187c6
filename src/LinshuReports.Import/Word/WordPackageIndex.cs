using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace LinshuReports.Import.Word;

/// <summary>
/// Finds which part of a package's index (the content types and the relationships, which the SDK reads on opening,
/// before any part of the document) is damaged, once opening has failed: the SDK's own errors name no part.
/// </summary>
public static class WordPackageIndex
{
    private const string ContentTypes = "[Content_Types].xml";
    private const string SaveAgain = "请在 Word 中打开原件，另存为 .docx 后再导入。";

    /// <summary>The refusal for a package that could not be opened, naming the damaged index part where one is found.</summary>
    public static string Refusal(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).Where(n => !n.EndsWith('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries.Where(e => e.FullName == ContentTypes || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            if (ProblemOrUnreadable(entry, names) is { } problem)
            {
                return $"文件中的 {entry.FullName} 已损坏（{problem}），无法找到文档的各个部分。" + SaveAgain;
            }
        }

        return $"文件的部件目录（{ContentTypes} 或 _rels 文件夹中的关系文件）已损坏，无法找到文档的各个部分。" + SaveAgain;
    }

    /// <summary>A made-up index can hold anything (a target that is no address, say): what cannot be read is that part's damage.</summary>
    private static string? ProblemOrUnreadable(ZipArchiveEntry entry, HashSet<string> names)
    {
        try
        {
            return Problem(entry, names);
        }
        catch (XmlException)
        {
            return "不是完整的 XML";
        }
#pragma warning disable CA1031 // Looking for the damage in a package already known to be damaged: any failure is the finding.
        catch (Exception)
#pragma warning restore CA1031
        {
            return "含有无法识别的内容";
        }
    }

    private static string? Problem(ZipArchiveEntry entry, HashSet<string> names)
    {
        XElement root;
        using (var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            root = XDocument.Load(reader).Root!;
        }

        if (entry.FullName == ContentTypes)
        {
            var defaults = root.Elements(root.Name.Namespace + "Default").Select(d => (string?)d.Attribute("Extension")).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var overrides = root.Elements(root.Name.Namespace + "Override").Select(o => ((string?)o.Attribute("PartName"))?.TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return root.Name.LocalName != "Types" ? "没有内容类型清单"
                : names.FirstOrDefault(n => n != ContentTypes && !overrides.Contains(n) && !defaults.Contains(Path.GetExtension(n).TrimStart('.'))) is { } missing ? $"缺少 {missing} 的内容类型"
                : null;
        }

        var relationships = root.Elements(root.Name.Namespace + "Relationship").ToList();
        if (relationships.GroupBy(r => (string?)r.Attribute("Id")).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return $"关系编号 {repeated.Key} 重复";
        }

        if (entry.FullName == "_rels/.rels" && !relationships.Any(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true))
        {
            return "没有指向正文的关系";
        }

        // _rels/x.rels describes x's relationships, with targets relative to x's folder.
        var folder = entry.FullName[..(entry.FullName.LastIndexOf('/') + 1)];
        var source = folder.EndsWith("_rels/", StringComparison.Ordinal) ? folder[..^"_rels/".Length] : folder;
        var missingTarget = relationships
            .Where(r => (string?)r.Attribute("TargetMode") != "External")
            .Select(r => (string?)r.Attribute("Target") ?? string.Empty)
            .FirstOrDefault(target => !names.Contains(Resolve(source, target)));
        return missingTarget is null ? null : $"指向的 {missingTarget} 不存在";
    }

    private static string Resolve(string folder, string target)
    {
        var uri = new Uri(new Uri("pack://package/" + folder), target);
        return Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
    }
}
