namespace LinshuReports.Content.Import.Word;

/// <summary>A draft and what the import noticed, or why the file was refused (in Chinese, with what to do instead).</summary>
/// <param name="Images">Pictures to write into the report's attachment folder.</param>
public sealed record WordImportResult(string? Markdown, string? Refusal, WordImportNotes Notes, IReadOnlyList<WordImage> Images)
{
    public static WordImportResult Refused(string why) => new(null, why, new WordImportNotes(), []);
}
