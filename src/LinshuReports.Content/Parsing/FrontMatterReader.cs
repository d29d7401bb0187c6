using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// Reads the YAML front matter that Markdig has split off a report, with YamlDotNet, keeping each
/// value's file line so that a clerk's mistake can be pointed at.
/// </summary>
public static class FrontMatterReader
{
    /// <summary>Far beyond any front matter; far below what exhausts YamlDotNet's recursive parser.</summary>
    public const int MaxFlowDepth = 16;

    /// <summary>The fields whose value is a list of entries rather than one value.</summary>
    public static readonly IReadOnlySet<string> ListFields = new HashSet<string>(StringComparer.Ordinal) { "changes" };

    /// <param name="source">The whole file, to tell a missing front matter from one missing only its --- lines.</param>
    public static FrontMatter? Read(MarkdownDocument document, string source, string path, List<ContentProblem> problems)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            problems.Add(new ContentProblem(path, 1, ProblemSeverity.Error, MissingFrontMatter(source)));
            return null;
        }

        // Markdig's lines are 0-based and point at the opening "---"; YAML marks are 1-based from the line after it.
        var openingLine = block.Line + 1;
        var text = block.Lines.ToString();
        if (NestingDepth.LineBeyondFlowLimit(text, MaxFlowDepth) is >= 0 and var deepLine)
        {
            problems.Add(new ContentProblem(path, openingLine + 1 + deepLine, ProblemSeverity.Error,
                $"前置信息的方括号或花括号嵌套过深（超过 {MaxFlowDepth} 层）。字段的值请写成一行文字；值里有 [ ] {{ }} 时请整体加引号，并检查是否误粘贴了大量括号。"));
            return null;
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Add(InvalidYaml(path, openingLine, FrontMatterMistakes.Explain(text, (int)ex.Start.Line)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no position, on some unterminated flow collections.
            problems.Add(InvalidYaml(path, openingLine, FrontMatterMistakes.Explain(text, null)));
            return null;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Add(new ContentProblem(path, openingLine, ProblemSeverity.Error,
                "前置信息应是“名称: 值”形式的字段列表。请参照 content/README.md 中的模板填写。"));
            return null;
        }

        var fields = new Dictionary<string, FrontMatterValue>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<FrontMatterEntry>>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode k ? k.Value ?? string.Empty : keyNode.ToString();
            var line = openingLine + (int)valueNode.Start.Line;
            if (ListFields.Contains(key) && valueNode is YamlSequenceNode sequence)
            {
                if (ReadEntries(sequence, key, openingLine, path, problems) is { } entries)
                {
                    lists[key] = entries;
                }

                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"字段 {key} 应是一个值，不能是列表或嵌套内容。请写在同一行，例如“{key}: …”。"));
                continue;
            }

            fields[key] = new FrontMatterValue(scalar.Value ?? string.Empty, line);
        }

        return new FrontMatter(fields, lists, openingLine);
    }

    /// <summary>A list field's items, each a set of "名称: 值" lines, such as a correction's date and note.</summary>
    private static List<FrontMatterEntry>? ReadEntries(YamlSequenceNode sequence, string key, int openingLine, string path, List<ContentProblem> problems)
    {
        var entries = new List<FrontMatterEntry>();
        foreach (var item in sequence)
        {
            var line = openingLine + (int)item.Start.Line;
            if (item is not YamlMappingNode entry || entry.Children.Any(c => c.Key is not YamlScalarNode || c.Value is not YamlScalarNode))
            {
                problems.Add(new ContentProblem(path, line, ProblemSeverity.Error,
                    $"{key} 的每一项应以“- ”开头，下面是缩进对齐的“名称: 值”，例如“- date: 2025-04-02”再换行写“  note: 更正了……”。"));
                return null;
            }

            entries.Add(new FrontMatterEntry(
                entry.Children.ToDictionary(
                    c => ((YamlScalarNode)c.Key).Value ?? string.Empty,
                    c => new FrontMatterValue(((YamlScalarNode)c.Value).Value ?? string.Empty, openingLine + (int)c.Value.Start.Line),
                    StringComparer.Ordinal),
                line));
        }

        return entries;
    }

    private static string MissingFrontMatter(string source)
    {
        var first = source.TrimStart('\uFEFF').Split('\n', 2)[0].Trim();
        if (first == "---")
        {
            return "前置信息缺少结尾的 ---。请在最后一个字段的下一行单独写一行 ---，再写正文。";
        }

        return first.Contains(':', StringComparison.Ordinal) || first.Contains('：', StringComparison.Ordinal)
            ? "前置信息缺少开头的 ---。文件第一行应单独写 ---，下面是 title、year 等字段，再以 --- 结束。"
            : "文件开头缺少前置信息（front matter）。请在第一行写 ---，列出 title、year、publisher、category 等字段，再以 --- 结束。";
    }

    /// <summary>In Chinese only: the parser's English text would mean nothing to a clerk.</summary>
    private static ContentProblem InvalidYaml(string path, int openingLine, FrontMatterMistakes.Mistake mistake) =>
        new(path, openingLine + mistake.Line, ProblemSeverity.Error, $"前置信息有误（第 {mistake.Column} 列）：{mistake.Message}");
}
