using LinshuReports.Content.Model;
using LinshuReports.Content.Search;

namespace LinshuReports.Content.Catalog;

/// <summary>
/// An immutable snapshot of every published report. A reload builds a new catalog and swaps it in
/// whole, so a request always sees one consistent set of reports.
/// </summary>
public sealed class ReportCatalog
{
    private readonly List<Report> _ordered;
    private readonly Dictionary<(int Year, string Slug), Report> _byAddress;

    public ReportCatalog(IEnumerable<Report> reports, IReadOnlyList<ContentProblem> problems)
    {
        _ordered = reports
            .OrderByDescending(r => r.Metadata.Year)
            .ThenBy(r => r.Metadata.Slug, StringComparer.Ordinal)
            .ToList();
        _byAddress = _ordered.ToDictionary(r => (r.Metadata.Year, r.Metadata.Slug));
        Years = _ordered.GroupBy(r => r.Metadata.Year).Select(g => (g.Key, g.Count())).ToList();
        Problems = problems;
        Search = SearchIndex.Build(_ordered);
    }

    public static ReportCatalog Empty { get; } = new([], []);

    /// <summary>
    /// When this catalog was built (at start, on a content change, when a scheduled report went live): the feed's
    /// required <c>updated</c> when no report gives a date, documented in the README as exactly that. Never a
    /// report's publication date, and never a file's modification time, which a copy or a clone would change.
    /// </summary>
    public DateTimeOffset BuiltAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>The reports public at <paramref name="now"/>: drafts and reports scheduled for later are left out of every list, search and address.</summary>
    public ReportCatalog PublicAt(DateTimeOffset now, PublicationSchedule schedule) =>
        _ordered.All(r => schedule.IsPublic(r.Metadata, now)) ? this : new ReportCatalog(_ordered.Where(r => schedule.IsPublic(r.Metadata, now)), Problems);

    /// <summary>Newest year first.</summary>
    public IReadOnlyList<Report> Reports => _ordered;

    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>Built with the catalog, so a search never finds a report that the site does not serve, or misses one it does.</summary>
    public SearchIndex Search { get; }

    /// <summary>Every year that has a report, newest first, with how many reports it has.</summary>
    public IReadOnlyList<(int Year, int Count)> Years { get; }

    public IReadOnlyList<Report> InYears(IEnumerable<int> years)
    {
        var wanted = years.ToHashSet();
        return _ordered.Where(r => wanted.Contains(r.Metadata.Year)).ToList();
    }

    public Report? Find(int year, string slug) => _byAddress.GetValueOrDefault((year, slug));

    /// <summary>The reports either side of <paramref name="report"/> in the list: the newer one and the older one.</summary>
    public (Report? Newer, Report? Older) NeighboursOf(Report report)
    {
        var index = _ordered.IndexOf(report);
        if (index < 0)
        {
            return (null, null);
        }

        var newer = index > 0 ? _ordered[index - 1] : null;
        var older = index < _ordered.Count - 1 ? _ordered[index + 1] : null;
        return (newer, older);
    }
}
