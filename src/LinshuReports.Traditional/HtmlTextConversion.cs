using System.Text;

namespace LinshuReports.Traditional;

/// <summary>
/// Converts what a reader reads in a rendered page, and nothing else: text between tags and the attributes that are
/// read or spoken (<c>title</c>, <c>alt</c>, <c>aria-label</c>, <c>placeholder</c>, a meta's <c>content</c>).
/// Addresses and ids (<c>href</c>, <c>id</c>, <c>value</c>, …), scripts, styles and comments are left as they are, and
/// so is any element marked <c>translate="no"</c> (values quoted from the record, such as 文号) with all it holds.
/// </summary>
/// <remarks>The site's own markup (Razor, Markdig) quotes every attribute with <c>"</c>; this is not a general HTML parser.</remarks>
public static class HtmlTextConversion
{
    /// <summary>How each attribute whose value is read or heard begins.</summary>
    private static readonly string[] ReadAttributes = [" title=\"", " alt=\"", " aria-label=\"", " placeholder=\"", " content=\""];

    public static string Convert(string html, ChineseConverter converter)
    {
        var output = new StringBuilder(html.Length + (html.Length / 8));
        var keptTag = (string?)null;
        var keptDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var text = html.AsSpan(i, (open < 0 ? html.Length : open) - i);
            if (keptTag is null)
            {
                converter.Convert(text, output);
            }
            else
            {
                output.Append(text);
            }

            if (open < 0)
            {
                break;
            }

            i = CopyMarkupAt(html, open, output, converter, ref keptTag, ref keptDepth);
        }

        return output.ToString();
    }

    /// <summary>Copies the comment or tag at <paramref name="start"/> (and a script's or style's body), returning where text resumes.</summary>
    private static int CopyMarkupAt(string html, int start, StringBuilder output, ChineseConverter converter, ref string? keptTag, ref int keptDepth)
    {
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            return CopyThrough(html, start, "-->", output);
        }

        var end = TagEnd(html, start);
        var tag = html.AsSpan(start, end - start);
        var closing = tag.Length > 1 && tag[1] == '/';
        var name = TagName(tag[(closing ? 2 : 1)..]);
        var selfClosing = tag.EndsWith("/>", StringComparison.Ordinal);

        if (keptTag is not null)
        {
            if (name.Equals(keptTag, StringComparison.OrdinalIgnoreCase) && !selfClosing)
            {
                keptDepth += closing ? -1 : 1;
                keptTag = keptDepth == 0 ? null : keptTag;
            }

            output.Append(tag);
        }
        else if (!closing && tag.Contains(" translate=\"no\"", StringComparison.Ordinal) && !selfClosing && !IsVoid(name))
        {
            keptTag = name.ToString();
            keptDepth = 1;
            output.Append(tag);
        }
        else
        {
            AppendTag(tag, output, converter);
        }

        var isRawText = !closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase));
        return isRawText ? CopyThrough(html, end, "</" + name.ToString(), output) : end;
    }

    private static int CopyThrough(string html, int start, string marker, StringBuilder output)
    {
        var found = html.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
        var end = found < 0 ? html.Length : (marker.StartsWith("</", StringComparison.Ordinal) ? found : found + marker.Length);
        output.Append(html.AsSpan(start, end - start));
        return end;
    }

    /// <summary>The index after the tag's <c>&gt;</c>, skipping any inside quoted attribute values.</summary>
    private static int TagEnd(string html, int start)
    {
        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> afterBracket)
    {
        var length = 0;
        while (length < afterBracket.Length && (char.IsAsciiLetterOrDigit(afterBracket[length]) || afterBracket[length] == '-'))
        {
            length++;
        }

        return afterBracket[..length];
    }

    private static bool IsVoid(ReadOnlySpan<char> name) =>
        name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("img", StringComparison.OrdinalIgnoreCase) || name.Equals("input", StringComparison.OrdinalIgnoreCase)
        || name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase);

    /// <summary>Copies a tag, converting the values of the attributes a reader reads or hears.</summary>
    private static void AppendTag(ReadOnlySpan<char> tag, StringBuilder output, ChineseConverter converter)
    {
        var i = 0;
        while (i < tag.Length)
        {
            var attribute = NextReadAttribute(tag, i, out var valueStart, out var valueEnd);
            if (attribute < 0)
            {
                output.Append(tag[i..]);
                return;
            }

            output.Append(tag[i..valueStart]);
            converter.Convert(tag[valueStart..valueEnd], output);
            i = valueEnd;
        }
    }

    /// <summary>The next <c> name="value"</c> of <see cref="ReadAttributes"/> from <paramref name="from"/>, or -1.</summary>
    private static int NextReadAttribute(ReadOnlySpan<char> tag, int from, out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = -1;
        var best = -1;
        foreach (var marker in ReadAttributes)
        {
            var at = tag[from..].IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || from + at < best))
            {
                best = from + at;
                valueStart = best + marker.Length;
            }
        }

        if (best >= 0)
        {
            var close = tag[valueStart..].IndexOf('"');
            valueEnd = close < 0 ? tag.Length : valueStart + close;
        }

        return best;
    }
}
