namespace LinshuReports.Content.Parsing;

/// <summary>The front-matter fields of a report file, each with the file line it stands on.</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, FrontMatterValue> _fields;

    public FrontMatter(Dictionary<string, FrontMatterValue> fields, int firstLine)
    {
        _fields = fields;
        FirstLine = firstLine;
    }

    /// <summary>The line of the opening <c>---</c>, where a missing field is reported.</summary>
    public int FirstLine { get; }

    public IEnumerable<KeyValuePair<string, FrontMatterValue>> Fields => _fields;

    public FrontMatterValue? Get(string key) => _fields.GetValueOrDefault(key);
}

/// <summary>A scalar front-matter value and where it stands in the file.</summary>
public sealed record FrontMatterValue(string Text, int Line);
