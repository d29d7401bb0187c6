namespace LinshuReports.Content.Search;

/// <summary>One section that holds every word of a query.</summary>
/// <param name="Passage">The passage of the section's text that holds the words most often (the first of equals);
/// null when only the section's heading holds them.</param>
/// <param name="Occurrences">How often the words occur in the section, its heading included.</param>
/// <param name="InHeading">Whether the section's own heading holds every word.</param>
public sealed record SearchHit(SearchSection Section, Model.SearchPassage? Passage, int Occurrences, bool InHeading)
{
    public Model.Report Report => Section.Report;
}
