namespace LinshuReports.Content.Search;

/// <param name="Total">How many sections match in all.</param>
/// <param name="Best">The best of them, best first: as many as were asked for.</param>
/// <param name="Reports">How many reports the matching sections come from.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Best, int Reports)
{
    public static SearchResults None { get; } = new(0, [], 0);
}
