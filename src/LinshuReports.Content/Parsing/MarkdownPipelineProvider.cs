using Markdig;

namespace LinshuReports.Content.Parsing;

/// <summary>
/// The single Markdig pipeline of the site. A pipeline is immutable and thread-safe, so it is built once;
/// building one per document is slow and lets documents drift apart in how they render.
/// </summary>
public static class MarkdownPipelineProvider
{
    public static MarkdownPipeline Shared { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        // **一是落实清单。**详见…: CommonMark does not close emphasis after 。 before a character; Chinese text needs it to.
        .UseCjkFriendlyEmphasis()
        // Raw HTML in a report is shown as text: staff write Markdown, and a pasted <script> must never run.
        .DisableHtml()
        .Build();
}
