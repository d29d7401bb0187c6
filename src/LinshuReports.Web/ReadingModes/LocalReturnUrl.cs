using System.Text;

namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// Keeps a "return to" address on this site. Old elder-mode toolbars redirected anywhere their
/// <c>?url=</c> said; here anything that is not a plain local path becomes the home page.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";
    private const int MaxLength = 2048;

    public static string Sanitize(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength || candidate[0] != '/')
        {
            return Home;
        }

        // "//host" and "/\host" are protocol-relative to browsers, and browsers read "\" as "/" anywhere.
        if (candidate.Length > 1 && (candidate[1] == '/' || candidate[1] == '\\'))
        {
            return Home;
        }

        if (candidate.Any(c => c == '\\' || char.IsControl(c)))
        {
            return Home;
        }

        return EscapeOutsideAscii(candidate);
    }

    /// <summary>
    /// A Location header must be visible ASCII: other characters (a Chinese path) and the few that would break
    /// out of a header or an attribute (space, quote, angle brackets) are percent-encoded. Controls never get here.
    /// </summary>
    private static string EscapeOutsideAscii(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value is not (' ' or '"' or '<' or '>'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return builder.ToString();
    }
}
