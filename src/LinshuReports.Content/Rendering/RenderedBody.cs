using LinshuReports.Content.Model;

namespace LinshuReports.Content.Rendering;

/// <summary>A report body as readers get it, with the section ids that links may point at and its text for search.</summary>
public sealed record RenderedBody(IReadOnlyList<ReportSection> Sections, IReadOnlyList<ContentsEntry> Contents, IReadOnlySet<string> Ids, IReadOnlyList<SearchPassage> Passages);
