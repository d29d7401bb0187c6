using LinshuReports.Content.Links;
using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using Markdig.Syntax;

namespace LinshuReports.Content.Validation;

/// <summary>
/// A report file as far as it has been read, handed to each <see cref="IReportRule"/>: what a rule of a stage may
/// look at is set before that stage runs. Problems are added here, named after the file.
/// </summary>
public sealed class ReportUnderCheck(string path, string contentRoot, string text)
{
    private MarkdownDocument? _document;

    /// <summary>The file's path inside the content folder, as problems name it.</summary>
    public string Path { get; } = path;

    /// <summary>The content folder, where the report's images and attachments are looked for.</summary>
    public string ContentRoot { get; } = contentRoot;

    public string Text { get; } = text;

    public List<ContentProblem> Problems { get; } = [];

    /// <summary>From <see cref="RuleStage.Document"/> on.</summary>
    public MarkdownDocument Document
    {
        get => _document ?? throw new InvalidOperationException("The document is not parsed before RuleStage.Document.");
        internal set => _document = value;
    }

    /// <summary>From <see cref="RuleStage.Document"/> on; null when the front matter is missing or broken.</summary>
    public FrontMatter? FrontMatter { get; internal set; }

    /// <summary>From <see cref="RuleStage.Document"/> on: every link and image, in reading order.</summary>
    public IReadOnlyList<LinkNode> Links { get; internal set; } = [];

    /// <summary>From <see cref="RuleStage.Linked"/> on: the ids a <c>#…</c> link may name.</summary>
    public IReadOnlySet<string> Anchors { get; internal set; } = new HashSet<string>();

    /// <summary>From <see cref="RuleStage.Linked"/> on; null when the front matter does not give a valid one.</summary>
    public ReportMetadata? Metadata { get; internal set; }

    /// <summary>From <see cref="RuleStage.Rendered"/> on: the contents list readers get.</summary>
    public IReadOnlyList<ContentsEntry> Contents { get; internal set; } = [];

    public void Error(int? line, string message) => Problems.Add(new ContentProblem(Path, line, ProblemSeverity.Error, message));

    public void Warning(int? line, string message) => Problems.Add(new ContentProblem(Path, line, ProblemSeverity.Warning, message));
}
