namespace LinshuReports.Content.Import.Word;

/// <summary>A draft and what the import noticed, or why the file was refused (in Chinese, with what to do instead).</summary>
public sealed record WordImportResult(string? Markdown, string? Refusal, WordImportNotes Notes)
{
    public static WordImportResult Refused(string why) => new(null, why, new WordImportNotes());
}
