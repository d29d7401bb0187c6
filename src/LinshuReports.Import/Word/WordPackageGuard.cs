using System.IO.Compression;
using System.Xml;

namespace LinshuReports.Import.Word;

/// <summary>
/// Checks a .docx before anything parses it, by unpacking every part into nothing. A "zip bomb" (a small file
/// that expands to gigabytes) is refused after at most <see cref="MaxTotalBytes"/> bytes of work, whatever sizes
/// its directory claims; a part declaring a DTD (the way to make an XML parser read local files or addresses
/// through external entities) is refused before any parser sees it. So is a part nested more than
/// <see cref="MaxDepth"/> elements deep: the Open XML SDK reads elements recursively, and a 33 KB file nested
/// 20,000 deep overflowed its stack, which no handler can catch. A 100-page report with pictures unpacks to a few
/// megabytes and nests a few dozen elements deep, far inside these bounds.
/// </summary>
public static class WordPackageGuard
{
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const int MaxEntries = 1000;
    public const long MaxEntryBytes = 64L * 1024 * 1024;
    public const long MaxTotalBytes = 256L * 1024 * 1024;
    public const int MaxDepth = 1000;

    private static readonly XmlReaderSettings StreamingReader = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <returns>Why the package is refused, or null when it stays inside every bound.</returns>
    public static string? Refusal(byte[] package) => Refusal(package, out _);

    /// <param name="unpackedBytes">What the parts unpack to in all, as measured (not as the zip directory claims).</param>
    /// <returns>Why the package is refused, or null when it stays inside every bound.</returns>
    public static string? Refusal(byte[] package, out long unpackedBytes)
    {
        unpackedBytes = 0;
        if (package.LongLength > MaxFileBytes)
        {
            return $"文件超过 {MaxFileBytes / 1024 / 1024} MB，不像是一篇报告。请把图片压缩后重新保存再导入。";
        }

        // The part being unpacked, named when its compressed bytes turn out damaged.
        string? unpacking = null;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return $"文件里的部件超过 {MaxEntries} 个，不像是正常的 Word 文档，已拒绝。请在 Word 中重新另存为 .docx。";
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                unpacking = entry.FullName;
                using var stream = entry.Open();
                var entryBytes = 0L;
                for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer))
                {
                    if (entryBytes == 0 && DeclaresDtd(buffer.AsSpan(0, read)))
                    {
                        return $"文件中的 {entry.FullName} 含有 DTD（文档类型声明），可能借此读取本机文件或网址，已拒绝。正常的 Word 文档不含 DTD：请在 Word 中重新另存为 .docx。";
                    }

                    entryBytes += read;
                    total += read;
                    if (entryBytes > MaxEntryBytes || total > MaxTotalBytes)
                    {
                        var bound = entryBytes > MaxEntryBytes ? $"中的 {entry.FullName} 解压后超过 {MaxEntryBytes / 1024 / 1024} MB" : $"解压后超过 {MaxTotalBytes / 1024 / 1024} MB";
                        return $"文件{bound}，可能是恶意构造的压缩包（“压缩炸弹”），已拒绝。请在 Word 中重新另存为 .docx。";
                    }
                }
            }

            unpacking = null;
            unpackedBytes = total;
            // Only once every part is known to unpack within bounds, so this second reading is bounded too.
            if (archive.Entries.FirstOrDefault(IsNestedTooDeep) is { } deep)
            {
                return $"文件中的 {deep.FullName} 嵌套超过 {MaxDepth} 层，正常的 Word 文档远没有这么深，可能是恶意构造的文件，已拒绝。请在 Word 中打开原件，另存为 .docx 后再导入。";
            }
        }
        catch (InvalidDataException)
        {
            return $"文件{(unpacking is null ? string.Empty : $"中的 {unpacking} ")}已经损坏，无法解压。请在 Word 中打开原件，另存为 .docx 后再导入。";
        }

        return null;
    }

    /// <summary>
    /// Read as a stream, which keeps no stack per level, however deep the part goes. Every part, whatever its name:
    /// the SDK finds the document through the package's relationships and content types, not by extension, so a
    /// part named <c>.dat</c> is parsed as readily. A picture stops the reader at its first bytes.
    /// </summary>
    private static bool IsNestedTooDeep(ZipArchiveEntry entry)
    {
        try
        {
            using var reader = XmlReader.Create(entry.Open(), StreamingReader);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed, but no deeper than the point the SDK, reading the same part, will stop at with its own error.
        }

        return false;
    }

    /// <summary>A DTD comes before an XML document's root element, so the first block of a part shows it.</summary>
    private static bool DeclaresDtd(ReadOnlySpan<byte> start) =>
        start.IndexOf("<!DOCTYPE"u8) >= 0 || start.IndexOf("<!ENTITY"u8) >= 0;
}
