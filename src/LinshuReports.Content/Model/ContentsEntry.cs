namespace LinshuReports.Content.Model;

/// <summary>One line of a report's contents list: a heading, its anchor and the headings under it.</summary>
public sealed record ContentsEntry(string Id, string Text, IReadOnlyList<ContentsEntry> Children);
