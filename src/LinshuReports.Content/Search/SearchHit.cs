using LinshuReports.Content.Model;

namespace LinshuReports.Content.Search;

/// <summary>One passage that holds every word of a query, with how often they occur in it.</summary>
public sealed record SearchHit(Report Report, SearchPassage Passage, int Occurrences);
