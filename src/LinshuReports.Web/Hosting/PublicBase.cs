namespace LinshuReports.Web.Hosting;

/// <summary>The site's public address from configuration, the only source of absolute URLs.</summary>
public static class PublicBase
{
    /// <summary>Null unless <see cref="SiteOptions.PublicBaseUrl"/> is an absolute http(s) address.</summary>
    public static Uri? Of(SiteOptions site) =>
        Uri.TryCreate(site.PublicBaseUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}
