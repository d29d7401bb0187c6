using LinshuReports.Content.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Refuses a file holding characters of one forbidden kind (<see cref="Illegal"/> or <see cref="Format"/>), wherever
/// they stand: front matter, body, table, footnote; written as they are, or as a YAML escape ("\f") or a character
/// reference (&amp;#12;) that the parsers turn into one. One problem per line, with the column, since the character
/// cannot be seen in an editor.
/// </summary>
public sealed class ForbiddenCharacterRule : IReportRule
{
    /// <summary>A file pasted whole from a broken PDF can hold thousands; the first lines show the clerk what to look for.</summary>
    private const int MaxLinesReported = 10;

    /// <summary>The first forbidden character at or after a start, or -1; its code point is given out.</summary>
    public delegate int Finder(string text, int start, out int codePoint);

    private readonly Finder _indexOf;
    private readonly Func<int, string> _describe;

    private ForbiddenCharacterRule(Finder indexOf, Func<int, string> describe)
    {
        _indexOf = indexOf;
        _describe = describe;
    }

    /// <summary>Control characters, noncharacters and lone surrogates: <see cref="IllegalCharacters"/>.</summary>
    public static ForbiddenCharacterRule Illegal { get; } = new(IllegalCharacters.IndexOf, IllegalCharacters.Describe);

    /// <summary>Invisible format characters: <see cref="FormatCharacters"/>.</summary>
    public static ForbiddenCharacterRule Format { get; } = new(FormatCharacters.IndexOf, FormatCharacters.Describe);

    public RuleStage Stage => RuleStage.Document;

    public bool Check(ReportUnderCheck report)
    {
        var reported = CheckLines(report);
        var frontMatter = report.FrontMatter;
        var written = (frontMatter?.Fields.Select(f => f.Value) ?? [])
            .Concat(frontMatter?.Keys.SelectMany(k => frontMatter.GetList(k.Key) ?? []).SelectMany(e => e.Fields.Values) ?? [])
            .Select(v => (v.Text, v.Line, How: "前置信息转义写法（如 \\f、\\uFFFE）"))
            .Concat(report.Document.Descendants<HtmlEntityInline>().Select(e => (Text: e.Transcoded.ToString(), Line: e.Line + 1, How: $"字符引用“{e.Original}”")));
        foreach (var (value, line, how) in written)
        {
            if (!reported.Contains(line) && _indexOf(value, 0, out var codePoint) >= 0 && reported.Add(line))
            {
                report.Error(line, $"第 {line} 行的{how}代表一个{_describe(codePoint)}。请删除它。");
            }
        }

        return true;
    }

    /// <returns>The lines reported.</returns>
    private HashSet<int> CheckLines(ReportUnderCheck report)
    {
        var text = report.Text;
        var reported = new HashSet<int>();
        var line = 1;
        var counted = 0;
        for (var at = _indexOf(text, 0, out var codePoint); at >= 0;)
        {
            line += text.AsSpan(counted, at - counted).Count('\n');
            var lineStart = text.LastIndexOf('\n', at) + 1;
            var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;
            counted = lineEnd;
            if (reported.Count == MaxLinesReported)
            {
                report.Error(line, $"第 {line} 行和之后的行里还有这样看不见的字符。请先改正上面提到的几行，再运行检查。");
                reported.Add(line);
                return reported;
            }

            var column = 1;
            foreach (var _ in text.AsSpan(lineStart, at - lineStart).EnumerateRunes())
            {
                column++;
            }

            var onLine = 1;
            var next = _indexOf(text, at + IllegalCharacters.Length(codePoint), out var nextCodePoint);
            for (; next >= 0 && next < lineEnd; next = _indexOf(text, next + IllegalCharacters.Length(nextCodePoint), out nextCodePoint))
            {
                onLine++;
            }

            report.Error(line,
                $"第 {line} 行第 {column} 个字处有一个{_describe(codePoint)}。请删除{(onLine > 1 ? $"（这一行共 {onLine} 个）" : "")}；在编辑器里找不到时，可删去这一行重新输入。");
            reported.Add(line);
            at = next;
            codePoint = nextCodePoint;
        }

        return reported;
    }
}
