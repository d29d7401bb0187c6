namespace LinshuReports.Content.Validation;

/// <summary>
/// Measures nesting without parsing, so that a file nested deeper than any report could be refused before
/// a recursive parser (YamlDotNet, Markdig) runs out of stack on it: a stack overflow cannot be caught and
/// would end the process.
/// </summary>
public static class NestingDepth
{
    /// <summary>
    /// The deepest YAML flow collection (<c>[</c> or <c>{</c>) reached, across lines, and the 0-based line where
    /// <paramref name="limit"/> was first passed (or -1). Quotes are not skipped: no front matter needs a bracket
    /// inside a quoted value <paramref name="limit"/> levels deep.
    /// </summary>
    public static int LineBeyondFlowLimit(string yaml, int limit)
    {
        var depth = 0;
        var line = 0;
        foreach (var c in yaml)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    break;
                case '[' or '{':
                    if (++depth > limit)
                    {
                        return line;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return -1;
    }

    /// <summary>
    /// How many Markdown containers (block quotes and list items) open at the start of one line:
    /// <c>&gt; - &gt; 1. x</c> opens four. Indentation is measured separately.
    /// </summary>
    public static int Containers(string line)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else if (OrderedMarkerLength(line, i) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return depth;
            }

            depth++;
        }
    }

    /// <summary>"1. " or "12) ": up to nine digits, a dot or parenthesis, then a space.</summary>
    private static int OrderedMarkerLength(string line, int start)
    {
        var i = start;
        while (i < line.Length && i - start < 9 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > start && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] is ' ' or '\t' ? i + 2 - start : 0;
    }
}
