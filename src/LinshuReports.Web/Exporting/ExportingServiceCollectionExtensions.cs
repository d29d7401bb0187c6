namespace LinshuReports.Web.Exporting;

public static class ExportingServiceCollectionExtensions
{
    /// <summary>The export for nginx (<see cref="PageExporter"/>), on when <c>Export:Folder</c> is set.</summary>
    public static IServiceCollection AddPageExport(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.Section)
            .Validate(o => !o.IsOn || Path.IsPathFullyQualified(o.Folder), "Export:Folder must be an absolute folder, e.g. /var/lib/linshu-reports/export, or empty to export nothing")
            .ValidateOnStart();
        services.AddHostedService<PageExporter>();
        return services;
    }
}
