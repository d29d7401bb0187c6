using System.Text;
using LinshuReports.Content.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// The one place where a report's half-width punctuation in Chinese text becomes full-width, on the syntax tree
/// just before rendering: headings, text, contents, search and the feed all come from the rendered page, so all
/// show the same. The clerk's file is not touched. Code and addresses are no text here: a link's address is not
/// a literal, and code is skipped. Each block's text is read whole, so (一) split by emphasis still pairs.
/// </summary>
public static class PunctuationTypesetter
{
    /// <summary>Stands for a piece of a block that is not text (code, an autolink), so no rule reads across it as Chinese.</summary>
    private const char NotText = '\uFFFC';

    /// <returns>How many characters were typeset full-width.</returns>
    public static int Typeset(MarkdownDocument document)
    {
        var changed = 0;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                changed += TypesetBlock(inline);
            }
        }

        return changed;
    }

    private static int TypesetBlock(ContainerInline inline)
    {
        var text = new StringBuilder();
        var literals = new List<(LiteralInline Literal, int Start)>();
        Read(inline, text, literals);
        var (typeset, changed) = ChinesePunctuation.Typeset(text.ToString());
        if (changed == 0)
        {
            return 0;
        }

        foreach (var (literal, start) in literals)
        {
            literal.Content = new StringSlice(typeset.Substring(start, literal.Content.Length));
        }

        return changed;
    }

    private static void Read(ContainerInline container, StringBuilder text, List<(LiteralInline, int)> literals)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    literals.Add((literal, text.Length));
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case ContainerInline child:
                    Read(child, text, literals);
                    break;
                default:
                    text.Append(NotText);
                    break;
            }
        }
    }
}
