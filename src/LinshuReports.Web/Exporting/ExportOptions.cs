namespace LinshuReports.Web.Exporting;

/// <summary>
/// Configuration section <c>Export</c>: where the site keeps a copy of its pages as files for nginx to send as they
/// are (src/deploy/nginx). Empty, the default, exports nothing.
/// </summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>An absolute folder the site may write, e.g. <c>/var/lib/linshu-reports/export</c>.</summary>
    public string Folder { get; set; } = string.Empty;

    public bool IsOn => Folder.Length > 0;
}
