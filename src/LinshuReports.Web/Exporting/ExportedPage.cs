using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Web.ReadingModes;

namespace LinshuReports.Web.Exporting;

/// <summary>
/// One file of the export: a page, as one kind of reader asks for it, at the place nginx looks for it:
/// <c>{reading}{path}/index.html{.br|.gz}</c>, where <c>{reading}</c> is what nginx's <c>$linshu_reading</c> names
/// (<c>standard</c>, or the exact elder cookie value) and the suffix what its <c>$linshu_export_suffix</c> names.
/// </summary>
public sealed record ExportedPage(string Path, string? ReadingCookie, string Encoding)
{
    private static readonly string[] Encodings = ["br", "gzip", "identity"];

    public string File
    {
        get
        {
            var reading = ReadingCookie ?? ReadingMode.Standard.ToString().ToLowerInvariant();
            var folder = Path == "/" ? string.Empty : Path;
            var suffix = Encoding switch { "br" => ".br", "gzip" => ".gz", _ => string.Empty };
            return $"{reading}{folder}/index.html{suffix}";
        }
    }

    /// <summary>
    /// The pages readers arrive at, as <c>sitemap.xml</c> lists them (home, each year, each report), in every
    /// reading mode a page is rendered in and every encoding nginx asks for. Other addresses stay with nginx's cache.
    /// </summary>
    public static IEnumerable<ExportedPage> All(ReportCatalog catalog)
    {
        var paths = Enumerable.Repeat("/", 1)
            .Concat(catalog.Years.Select(y => YearUrl.For(y.Year)))
            .Concat(catalog.Reports.Select(r => r.Url));
        return from path in paths
               from reading in Readings()
               from encoding in Encodings
               select new ExportedPage(path, reading, encoding);
    }

    /// <summary>No cookie for the standard page (every standard value renders it), each elder combination by name.</summary>
    private static IEnumerable<string?> Readings() =>
        new string?[] { null }.Concat(
            from size in Enum.GetValues<TextSize>()
            from scheme in Enum.GetValues<ColourScheme>()
            select ReadingModes.ReadingCookie.Format(new ReadingPreferences(ReadingMode.Elder, size, scheme)));
}
