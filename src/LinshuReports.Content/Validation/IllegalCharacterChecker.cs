using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Refuses a file holding characters that <see cref="IllegalCharacters"/> forbids, wherever they stand: front matter,
/// body, table, footnote; written as they are, or as a YAML escape ("\f") or a character reference (&amp;#12;) that
/// the parsers turn into one. One problem per line, with the column, since the character cannot be seen in an editor.
/// </summary>
public static class IllegalCharacterChecker
{
    /// <summary>A file pasted whole from a broken PDF can hold thousands; the first lines show the clerk what to look for.</summary>
    private const int MaxLinesReported = 10;

    public static void Check(string text, MarkdownDocument document, FrontMatter? frontMatter, string path, List<ContentProblem> problems)
    {
        var reported = CheckLines(text, path, problems);
        var written = (frontMatter?.Fields.Select(f => f.Value) ?? [])
            .Concat(frontMatter?.Keys.SelectMany(k => frontMatter.GetList(k.Key) ?? []).SelectMany(e => e.Fields.Values) ?? [])
            .Select(v => (v.Text, v.Line, How: "前置信息转义写法（如 \\f、\\uFFFE）"))
            .Concat(document.Descendants<HtmlEntityInline>().Select(e => (Text: e.Transcoded.ToString(), Line: e.Line + 1, How: $"字符引用“{e.Original}”")));
        foreach (var (value, line, how) in written)
        {
            if (!reported.Contains(line) && IllegalCharacters.IndexOf(value, 0, out var codePoint) >= 0 && reported.Add(line))
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"第 {line} 行的{how}代表一个{IllegalCharacters.Describe(codePoint)}。请删除它。"));
            }
        }
    }

    /// <returns>The lines reported.</returns>
    private static HashSet<int> CheckLines(string text, string path, List<ContentProblem> problems)
    {
        var reported = new HashSet<int>();
        var line = 1;
        var counted = 0;
        for (var at = IllegalCharacters.IndexOf(text, 0, out var codePoint); at >= 0;)
        {
            line += text.AsSpan(counted, at - counted).Count('\n');
            var lineStart = text.LastIndexOf('\n', at) + 1;
            var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;
            counted = lineEnd;
            if (reported.Count == MaxLinesReported)
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"第 {line} 行和之后的行里还有看不见的非法字符。请先改正上面提到的几行，再运行检查。"));
                reported.Add(line);
                return reported;
            }

            var column = 1;
            foreach (var _ in text.AsSpan(lineStart, at - lineStart).EnumerateRunes())
            {
                column++;
            }

            var onLine = 1;
            var next = IllegalCharacters.IndexOf(text, at + IllegalCharacters.Length(codePoint), out var nextCodePoint);
            for (; next >= 0 && next < lineEnd; next = IllegalCharacters.IndexOf(text, next + IllegalCharacters.Length(nextCodePoint), out nextCodePoint))
            {
                onLine++;
            }

            problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                $"第 {line} 行第 {column} 个字处有一个{IllegalCharacters.Describe(codePoint)}。请删除{(onLine > 1 ? $"（这一行共 {onLine} 个）" : "")}；在编辑器里找不到时，可删去这一行重新输入。"));
            reported.Add(line);
            at = next;
            codePoint = nextCodePoint;
        }

        return reported;
    }
}
