namespace LinshuReports.Import.Word;

/// <summary>A draft and what the import noticed, or why the file was refused (in Chinese, with what to do instead).</summary>
/// <param name="Images">Pictures to write into the report's attachment folder.</param>
public sealed record WordImportResult(string? Markdown, string? Refusal, WordImportNotes Notes, IReadOnlyList<WordImage> Images)
{
    /// <summary>What writing the draft (UTF-8) and its pictures puts on disk.</summary>
    public long WrittenBytes => System.Text.Encoding.UTF8.GetByteCount(Markdown ?? string.Empty) + Images.Sum(image => (long)image.Bytes.Length);

    public static WordImportResult Refused(string why) => new(null, why, new WordImportNotes(), []);
}
