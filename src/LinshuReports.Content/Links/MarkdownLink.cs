namespace LinshuReports.Content.Links;

/// <summary>A link or image in a report's Markdown, with the line it stands on.</summary>
public sealed record MarkdownLink(string Url, int Line, bool IsImage)
{
    public bool IsAnchor => Url.StartsWith('#');

    public bool IsReportLink => Url.StartsWith(Model.ReportUrl.Prefix + "/", StringComparison.Ordinal);

    /// <summary>A relative address such as "2024-linshu-county/图1.png": a file kept beside the report.</summary>
    public bool IsLocalFile =>
        Url.Length > 0 && !IsAnchor && !Url.StartsWith('/') && !Uri.TryCreate(Url, UriKind.Absolute, out _) && !Url.Contains(':', StringComparison.Ordinal);
}
