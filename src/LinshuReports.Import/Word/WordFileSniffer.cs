namespace LinshuReports.Import.Word;

/// <summary>
/// Recognises, from its first bytes rather than its name, a file that is not a Word document the importer can
/// read, and says in Chinese what the clerk should do instead.
/// </summary>
public static class WordFileSniffer
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    /// <summary>"EncryptedPackage" in UTF-16: the stream Office puts a password-protected .docx in.</summary>
    private static readonly byte[] EncryptedPackage = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <returns>Why the file cannot be imported, or null when it is a zip package worth opening.</returns>
    public static string? Refusal(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith(Zip))
        {
            return null;
        }

        if (bytes.StartsWith(CompoundFile))
        {
            if (bytes.IndexOf(EncryptedPackage) >= 0)
            {
                return "这个文件设置了打开密码（已加密），无法读取。请在 Word 中取消密码（“文件”→“信息”→“保护文档”），另存为 .docx 后再导入。";
            }

            return Path.GetExtension(fileName).Equals(".wps", StringComparison.OrdinalIgnoreCase)
                ? "这是 WPS 文字的 .wps 文件，无法直接导入。请在 WPS 中“另存为”，文件类型选“Word 文档（*.docx）”，再导入。"
                : "这是旧版 Word 的 .doc 文件，无法直接导入。请在 Word 中另存为 .docx（“文件”→“另存为”→“Word 文档”），再导入。";
        }

        if (bytes.StartsWith(Pdf))
        {
            return "这是 PDF 文件。PDF 无法可靠地还原出原文的段落和编号，请向起草部门要 Word 原件（.docx）再导入。";
        }

        return "这不是 Word 文档（.docx），或者文件已经损坏。请在 Word 中打开原件，另存为 .docx 后再导入。";
    }
}
