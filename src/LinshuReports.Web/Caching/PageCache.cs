using System.Collections.Concurrent;
using LinshuReports.Content.Catalog;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Caching;

/// <summary>
/// Rendered pages, keyed by path and reading preferences, for one catalog. When the content changes the
/// store holds a new catalog, and the whole generation of pages is dropped at once, so a reader never
/// gets a page of an older version of the reports than the one the site serves.
/// </summary>
public sealed class PageCache(IReportStore store)
{
    /// <summary>Enough for every page of a large archive in both modes; a flood of distinct paths cannot grow it further.</summary>
    public const int Capacity = 8192;

    private Generation _generation = new(ReportCatalog.Empty);

    /// <summary>The generation for the catalog readers see now; a request keeps it from start to end.</summary>
    public Generation Current
    {
        get
        {
            var current = Volatile.Read(ref _generation);
            var catalog = store.Current;
            if (ReferenceEquals(current.Catalog, catalog))
            {
                return current;
            }

            var fresh = new Generation(catalog);
            return Interlocked.CompareExchange(ref _generation, fresh, current) == current ? fresh : Volatile.Read(ref _generation);
        }
    }

    public sealed class Generation(ReportCatalog catalog)
    {
        private readonly ConcurrentDictionary<(string Path, ReadingPreferences Preferences), RenderedPage> _pages = new();

        public ReportCatalog Catalog { get; } = catalog;

        public bool TryGet(string path, ReadingPreferences preferences, out RenderedPage page) => _pages.TryGetValue((path, preferences), out page!);

        public void Add(string path, ReadingPreferences preferences, RenderedPage page)
        {
            if (_pages.Count < Capacity)
            {
                _pages.TryAdd((path, preferences), page);
            }
        }
    }
}
