using System.Text.RegularExpressions;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// Says in Chinese, at the right line and column, what is wrong with front matter that YAML could not read.
/// The parser's own text is English and often points at the wrong place (an unclosed "[" is reported at the
/// end of the front matter, or at no line at all), so the common mistakes are looked for directly in the lines.
/// </summary>
public static partial class FrontMatterMistakes
{
    /// <summary>A mistake at a 1-based line and column of the front matter (the line after the opening ---).</summary>
    public sealed record Mistake(int Line, int Column, string Message);

    /// <param name="yaml">The front matter's text, without its --- lines.</param>
    /// <param name="parserLine">Where the parser stopped, when it said (1-based), to fall back on.</param>
    public static Mistake Explain(string yaml, int? parserLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Explain(lines[i].TrimEnd('\r')) is ({ } column, { } message))
            {
                return new Mistake(i + 1, column, message);
            }
        }

        return new Mistake(parserLine ?? 1, 1,
            "前置信息的格式不对。请把每个字段写成“名称: 值”，英文冒号后留一个空格；列表项以“- ”开头并对齐缩进。");
    }

    private static (int? Column, string? Message) Explain(string line)
    {
        if (line.TrimStart(' ').StartsWith('\t'))
        {
            return (line.IndexOf('\t', StringComparison.Ordinal) + 1, "这一行用制表符（Tab）缩进，YAML 只认空格。请把行首的 Tab 换成空格。");
        }

        if (FullWidthColon().Match(line) is { Success: true } fullWidth)
        {
            return (fullWidth.Groups["colon"].Index + 1, "字段名后面用了中文全角冒号“：”。请改成英文冒号加一个空格，例如“title: …”。");
        }

        if (NoColon().IsMatch(line))
        {
            return (line.Length - line.TrimStart().Length + 1, "这一行缺少英文冒号。请把每个字段写成“名称: 值”，例如“publisher: 临沭县人民政府”。");
        }

        if (Field().Match(line) is not { Success: true } field)
        {
            return (null, null);
        }

        var value = field.Groups["value"];
        if (Unclosed(value.Value) is { } unclosed)
        {
            var fix = unclosed.Opener is '[' or '{'
                ? $"值以“{unclosed.Opener}”开头时，YAML 会把它当成列表。请给整个值加上英文双引号，例如“{field.Groups["key"].Value}: \"{value.Value}\"”，或补上“{unclosed.Closer}”。"
                : $"请在值的末尾补上“{unclosed.Closer}”。";
            return (value.Index + 1, $"值里的“{unclosed.Opener}”没有配对的“{unclosed.Closer}”。{fix}");
        }

        if (!value.Value.StartsWith('"') && !value.Value.StartsWith('\'') && value.Value.Contains(": ", StringComparison.Ordinal))
        {
            return (value.Index + value.Value.IndexOf(": ", StringComparison.Ordinal) + 1,
                $"值里有“: ”（冒号加空格），YAML 会以为这里开始了另一个字段。请给整个值加上英文双引号，例如“{field.Groups["key"].Value}: \"{value.Value}\"”。");
        }

        return (null, null);
    }

    /// <summary>The bracket or quote that opens a value and that the value never closes.</summary>
    private static (char Opener, char Closer)? Unclosed(string value)
    {
        // Never empty: a field's value starts with a non-space (see Field).
        var opener = value[0];
        char? closer = opener switch { '[' => ']', '{' => '}', '"' => '"', '\'' => '\'', _ => null };
        if (closer is not { } close)
        {
            return null;
        }

        var closed = opener is '[' or '{'
            ? value.Count(c => c == opener) <= value.Count(c => c == close)
            : value.Length > 1 && value.TrimEnd().EndsWith(close);
        return closed ? null : (opener, close);
    }

    /// <summary>A line that starts like a field name but has no colon at all (and is no list item or comment).</summary>
    [GeneratedRegex(@"^\s*[A-Za-z_][A-Za-z0-9_]*(?:\s+[^:：#]*)?$")]
    private static partial Regex NoColon();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*(?<colon>：)")]
    private static partial Regex FullWidthColon();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?<value>\S.*)$")]
    private static partial Regex Field();
}
