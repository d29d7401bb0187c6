using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

public static class ContentEncodingNegotiation
{
    /// <summary>
    /// Picks <c>br</c>, then <c>gzip</c>, then none (null): the encodings a page is stored in. A malformed
    /// Accept-Encoding header simply gets the plain page.
    /// </summary>
    public static string? Choose(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding.Split(','), out var offered))
        {
            return null;
        }

        bool Accepts(string name) => offered.Any(o =>
            (o.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || o.Value == "*") && (o.Quality ?? 1) > 0)
            && !offered.Any(o => o.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && o.Quality == 0);

        return Accepts("br") ? "br"
            : Accepts("gzip") ? "gzip"
            : null;
    }
}
