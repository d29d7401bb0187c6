using System.Text;
using System.Text.RegularExpressions;
using LinshuReports.Content.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LinshuReports.Import;

/// <summary>
/// The front matter of an imported draft, written by YamlDotNet's serializer rather than by hand: whatever a
/// page's title holds (colons, quotes, "---", tabs, line breaks) it stays one value and can add no other field.
/// </summary>
public sealed partial class DraftFrontMatter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(LowerCaseNamingConvention.Instance)
        .Build();

    public required string Title { get; init; }

    public int? Year { get; init; }

    [YamlMember(Description = "请填写发布机关，例如：临沭县人民政府")]
    public string Publisher { get; init; } = string.Empty;

    public required string Category { get; init; }

    /// <summary>A draft written straight into the content folder would otherwise go online before anyone has read it.</summary>
    [YamlMember(Description = "草稿：对照原件核对无误后删去这一行，报告即公开", DefaultValuesHandling = DefaultValuesHandling.OmitNull)]
    public bool? Draft { get; init; }

    /// <summary>A title is one line, however the page broke it; tabs and runs of spaces become one space.</summary>
    public static string OneLine(string title) => Whitespace().Replace(LineBreaks.Join(title).Trim(), " ");

    /// <summary>The report's year as its title gives it ("临沭县2024年度…"), or null for the clerk to fill in.</summary>
    public static int? YearIn(string title) =>
        YearInTitle().Match(title) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The title with its year replaced ("临沭县2024年度…" for 2025 → "临沭县2025年度…"), or null when it names none.</summary>
    public static string? WithYear(string title, int year) =>
        YearInTitle().Match(title) is { Success: true } match
            ? string.Concat(title.AsSpan(0, match.Groups[1].Index), year.ToString(System.Globalization.CultureInfo.InvariantCulture), title.AsSpan(match.Groups[1].Index + match.Groups[1].Length))
            : null;

    public string ToYaml() => new StringBuilder("---\n").Append(Serializer.Serialize(this)).Append("---\n").ToString();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
