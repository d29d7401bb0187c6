namespace LinshuReports.Content.Validation;

/// <summary>The points in reading a report file at which rules run, in order.</summary>
public enum RuleStage
{
    /// <summary>The decoded text, before Markdown is parsed: guards against files that would make parsing costly.</summary>
    Text,

    /// <summary>The syntax tree and the front matter, before anything is rendered.</summary>
    Document,

    /// <summary>The heading ids are given, so links can be checked against them and rewritten.</summary>
    Linked,

    /// <summary>The body is rendered and the metadata read: rules about what readers get.</summary>
    Rendered,
}
