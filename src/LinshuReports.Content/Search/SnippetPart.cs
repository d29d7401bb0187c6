namespace LinshuReports.Content.Search;

/// <summary>A piece of a snippet: plain text, or words the reader searched for.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
