using AngleSharp.Dom;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// Markdown links may name any URL scheme; a <c>javascript:</c> or <c>data:</c> link in a report would run
/// script in a reader's browser. Such links lose their address and keep their text.
/// </summary>
public static class UnsafeUrlRemover
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                var value = element.GetAttribute(attribute);
                if (value is not null && IsUnsafe(value))
                {
                    element.RemoveAttribute(attribute);
                }
            }
        }
    }

    /// <summary>Browsers ignore control characters and white space inside a scheme, so those are dropped before comparing.</summary>
    public static bool IsUnsafe(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return UnsafeSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
