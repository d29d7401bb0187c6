using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Rendering;

/// <summary>Cuts a rendered body into its parts at each h2, keeping every element, in order, exactly once.</summary>
public static class SectionSplitter
{
    public static IReadOnlyList<ReportSection> Split(IElement body)
    {
        var sections = new List<ReportSection>();
        string? headingId = null;
        var html = new StringBuilder();
        foreach (var node in body.ChildNodes)
        {
            if (node is IElement { LocalName: "h2" } heading)
            {
                Close(sections, headingId, html);
                headingId = heading.Id;
            }

            // Serialised by AngleSharp, so text between elements stays escaped exactly as in the whole body.
            html.Append(node.ToHtml());
        }

        Close(sections, headingId, html);
        return sections;
    }

    private static void Close(List<ReportSection> sections, string? headingId, StringBuilder html)
    {
        if (html.Length > 0 && (headingId is not null || !string.IsNullOrWhiteSpace(html.ToString())))
        {
            sections.Add(new ReportSection(headingId, html.ToString()));
        }

        html.Clear();
    }
}
