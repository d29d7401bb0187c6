namespace LinshuReports.Web.Caching;

/// <summary>The encodings a cached page is kept in.</summary>
public enum ContentEncoding
{
    Identity,
    Gzip,
    Brotli,
}
