using LinshuReports.Content.Model;

namespace LinshuReports.Content.Rendering;

/// <summary>A report body as readers get it, with its contents list and its text for search.</summary>
public sealed record RenderedBody(IReadOnlyList<ReportSection> Sections, IReadOnlyList<ContentsEntry> Contents, IReadOnlyList<SearchPassage> Passages);
