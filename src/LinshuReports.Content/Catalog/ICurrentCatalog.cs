namespace LinshuReports.Content.Catalog;

/// <summary>Where pages find the published reports. Reading only: reloading belongs to the content watcher.</summary>
public interface ICurrentCatalog
{
    ReportCatalog Current { get; }

    bool IsLoaded { get; }
}
