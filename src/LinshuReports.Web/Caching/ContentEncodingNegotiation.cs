using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

public static class ContentEncodingNegotiation
{
    /// <summary>Picks Brotli, then gzip, then none. A malformed Accept-Encoding header simply gets the plain page.</summary>
    public static ContentEncoding Choose(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding.Split(','), out var offered))
        {
            return ContentEncoding.Identity;
        }

        bool Accepts(string name) => offered.Any(o =>
            (o.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || o.Value == "*") && (o.Quality ?? 1) > 0)
            && !offered.Any(o => o.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && o.Quality == 0);

        return Accepts("br") ? ContentEncoding.Brotli
            : Accepts("gzip") ? ContentEncoding.Gzip
            : ContentEncoding.Identity;
    }
}
