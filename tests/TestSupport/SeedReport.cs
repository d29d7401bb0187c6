namespace LinshuReports.TestSupport;

/// <summary>The 2024 report as scraped from the county's old site: the text every page must match word for word.</summary>
public static class SeedReport
{
    /// <summary>Lines of the old site's page chrome, which are not part of the report.</summary>
    public static readonly IReadOnlyList<string> Chrome = ["长者浏览模式", "通知公告", "关闭窗口"];

    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-2024.txt"))
            .Where(l => l.Length > 0 && !Chrome.Contains(l))
            .ToArray());

    public static string Title => Lines.Value[0];

    /// <summary>Every paragraph of the report body, in order, exactly as published.</summary>
    public static IReadOnlyList<string> BodyParagraphs => Lines.Value[1..];

    /// <summary>
    /// A text with its pause punctuation and parentheses half-width: the page typesets the seed's , and (一) in Chinese
    /// text full-width, and this is the only difference a comparison with the seed may look through. Every other
    /// character, full-width ones included, must match as it is.
    /// </summary>
    public static string WidthFolded(string text) => text
        .Replace('，', ',').Replace('；', ';').Replace('：', ':').Replace('？', '?').Replace('！', '!').Replace('（', '(').Replace('）', ')');
}
