namespace LinshuReports.Content.Parsing;

/// <summary>The front-matter fields of a report file, each with the file line it stands on.</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, FrontMatterValue> _fields;
    private readonly Dictionary<string, IReadOnlyList<FrontMatterEntry>> _lists;

    public FrontMatter(Dictionary<string, FrontMatterValue> fields, Dictionary<string, IReadOnlyList<FrontMatterEntry>> lists, int firstLine)
    {
        _fields = fields;
        _lists = lists;
        FirstLine = firstLine;
    }

    /// <summary>The line of the opening <c>---</c>, where a missing field is reported.</summary>
    public int FirstLine { get; }

    public IEnumerable<KeyValuePair<string, FrontMatterValue>> Fields => _fields;

    /// <summary>Every field's name and the line it stands on, lists included.</summary>
    public IEnumerable<(string Key, int Line)> Keys =>
        _fields.Select(f => (f.Key, f.Value.Line)).Concat(_lists.Select(l => (l.Key, l.Value.Count > 0 ? l.Value[0].Line : FirstLine)));

    public FrontMatterValue? Get(string key) => _fields.GetValueOrDefault(key);

    public IReadOnlyList<FrontMatterEntry>? GetList(string key) => _lists.GetValueOrDefault(key);
}

/// <summary>One item of a list field, such as one correction: its "名称: 值" lines and the line of its "- ".</summary>
public sealed record FrontMatterEntry(IReadOnlyDictionary<string, FrontMatterValue> Fields, int Line)
{
    public FrontMatterValue? Get(string key) => Fields.GetValueOrDefault(key);
}

/// <summary>A scalar front-matter value and where it stands in the file.</summary>
public sealed record FrontMatterValue(string Text, int Line);
