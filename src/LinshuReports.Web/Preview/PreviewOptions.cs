namespace LinshuReports.Web.Preview;

/// <summary>
/// Configuration section <c>Preview</c>, set by the clerk's <c>linshu preview</c>: the same site, showing drafts and
/// scheduled reports to the clerk on this machine, marked as a preview, never stored or indexed.
/// </summary>
public sealed class PreviewOptions
{
    public const string Section = "Preview";

    public bool Enabled { get; set; }
}
