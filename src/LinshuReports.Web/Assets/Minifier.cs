using NUglify;

namespace LinshuReports.Web.Assets;

/// <summary>NUglify for the stylesheets and scripts the site serves; the source as written where NUglify finds an error.</summary>
public static class Minifier
{
    /// <summary>The minifier for a file's kind, by its extension; null for files served as they are.</summary>
    public static Func<string, UglifyResult>? For(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".css" => text => Uglify.Css(text),
            ".js" => text => Uglify.Js(text),
            _ => null,
        };

    /// <summary>The minified text, or the source itself when the minifier reported an error (a page is never left unstyled).</summary>
    public static string Minify(string text, Func<string, UglifyResult> minifier) =>
        minifier(text) is { HasErrors: false, Code: { } code } ? code : text;
}
