using System.Text.RegularExpressions;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// The naming scheme of report files, <c>{year}-{slug}.md</c>: the year ties the file to its report,
/// and the slug is the readable, ASCII part of the report's address.
/// </summary>
public static partial class ReportFileName
{
    public const string Example = "2025-linshu-county.md";

    public static bool TryParse(string fileName, out int year, out string slug)
    {
        var match = FileNamePattern().Match(fileName);
        year = match.Success ? int.Parse(match.Groups["year"].ValueSpan, provider: null) : 0;
        slug = match.Success ? match.Groups["slug"].Value : string.Empty;
        return match.Success;
    }

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
