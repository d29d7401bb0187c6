namespace LinshuReports.Content.Catalog;

/// <summary>Where pages find the published reports. Reading only: reloading belongs to the content watcher.</summary>
public interface ICurrentCatalog
{
    ReportCatalog Current { get; }

    bool IsLoaded { get; }

    /// <summary>Why the content folder cannot be read now, for operators (no path in it); null while it can. Readers keep the last good reports meanwhile.</summary>
    string? Unavailable => null;
}
