using LinshuReports.Content.Text;

namespace LinshuReports.Content.Model;

/// <summary>A mistake in a content file, told to the clerk in Chinese with the place and the fix.</summary>
/// <param name="Path">The file, relative to the content folder.</param>
/// <param name="Line">The 1-based line, when the mistake has one.</param>
public sealed record ContentProblem(string Path, int? Line, ProblemSeverity Severity, string Message)
{
    /// <summary>
    /// A message may quote the file, illegal and format characters and all; they are left out, so no terminal or log
    /// receives a control character or a direction override that shows the line other than it is.
    /// </summary>
    public override string ToString() => FormatCharacters.Remove(IllegalCharacters.Remove(
        Line is { } line ? $"{Path}:{line}: {Label}：{Message}" : $"{Path}: {Label}：{Message}"));

    private string Label => Severity switch
    {
        ProblemSeverity.Error => "错误",
        ProblemSeverity.Warning => "警告",
        _ => "说明",
    };
}
