namespace LinshuReports.Content.Model;

/// <summary>A report as readers see it: rendered once when its file is loaded, then shared by every request.</summary>
public sealed record Report(
    ReportMetadata Metadata,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ContentsEntry> Contents,
    string SourcePath,
    IReadOnlyList<SearchPassage> Passages)
{
    /// <summary>The report's address: ASCII only, so it is never percent-encoded and reads the same when shared.</summary>
    public string Url => ReportUrl.For(Metadata.Year, Metadata.Slug);

    /// <summary>The title as search sees it: made with the report, inside its file's failure boundary, like its other passages.</summary>
    public SearchPassage TitlePassage { get; } = new(null, [], Metadata.Title, PassageKind.Title);
}
