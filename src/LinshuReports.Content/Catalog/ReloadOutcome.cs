namespace LinshuReports.Content.Catalog;

/// <param name="Catalog">The catalog readers see after the reload.</param>
/// <param name="Changed">False when nothing had changed and the catalog (and every page cached for it) was kept.</param>
/// <param name="Unsettled">True when a file was still being written; another reload after the settle time will publish it.</param>
public sealed record ReloadOutcome(ReportCatalog Catalog, bool Changed, bool Unsettled);
