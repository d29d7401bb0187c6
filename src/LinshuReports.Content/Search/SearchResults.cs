namespace LinshuReports.Content.Search;

/// <param name="Total">How many passages match in all.</param>
/// <param name="Best">The best of them, best first: as many as were asked for.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Best)
{
    public static SearchResults None { get; } = new(0, []);
}
