namespace LinshuReports.Content.Catalog;

/// <summary>Where pages find the published reports.</summary>
public interface IReportStore
{
    string ContentRoot { get; }

    ReportCatalog Current { get; }

    bool IsLoaded { get; }

    ReloadOutcome Reload();
}
