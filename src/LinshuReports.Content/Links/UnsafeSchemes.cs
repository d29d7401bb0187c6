namespace LinshuReports.Content.Links;

/// <summary>
/// Markdown links may name any URL scheme; a <c>javascript:</c> or <c>data:</c> link in a report would run
/// script in a reader's browser.
/// </summary>
public static class UnsafeSchemes
{
    private static readonly string[] Schemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Browsers ignore control characters and white space inside a scheme, so those are dropped before comparing.</summary>
    public static bool AreIn(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return Schemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
