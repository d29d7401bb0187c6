using LinshuReports.Content.Model;

namespace LinshuReports.Web.Reports;

/// <summary>A report's description for search engines and link previews, when its front matter gives no summary.</summary>
public static class ReportDescription
{
    /// <summary>Search engines show about this many Chinese characters.</summary>
    public const int MaxLength = 120;

    /// <summary>The first paragraph, cut after its last full sentence that fits, or else before its last clause break with "…".</summary>
    public static string Of(Report report)
    {
        var text = report.Passages.FirstOrDefault(p => p.Kind == PassageKind.Body)?.Text ?? report.Metadata.Title;
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var sentenceEnd = text.LastIndexOfAny(['。', '！', '？', '；'], MaxLength - 1);
        if (sentenceEnd >= MaxLength / 2)
        {
            return text[..(sentenceEnd + 1)];
        }

        // Otherwise at the last clause break, so that no phrase is cut in half.
        var clauseEnd = text.LastIndexOfAny(['，', ',', '、', '：'], MaxLength - 2);
        return (clauseEnd >= MaxLength / 2 ? text[..clauseEnd] : text[..(MaxLength - 1)]) + "…";
    }
}
