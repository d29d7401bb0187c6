using LinshuReports.Content.Model;

namespace LinshuReports.Content.Search;

/// <summary>
/// One section of a report as search lists it: everything under one heading up to the next (the title stands as
/// the heading of the text before the first one). A search result is a section, never a lone paragraph of it.
/// </summary>
/// <param name="Anchor">The heading's id; null for the title's section, which is the report's own address.</param>
/// <param name="Heading">The section's own heading, its last level only: short enough to be a link.</param>
/// <param name="Part">The part (the h2 heading) a subsection belongs to; null for a part or the title's section.</param>
/// <param name="Opening">The first passage of text at or after the heading: what the section begins with, shown
/// when only its heading holds the words. Null when no text follows.</param>
public sealed record SearchSection(Report Report, string? Anchor, string Heading, string? Part, SearchPassage? Opening);
