using System.Globalization;
using System.Text;
using LinshuReports.Import;
using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;

namespace LinshuReports.Import.Drafting;

/// <summary>
/// Next year's report started from the latest one: its address name, publisher and category, its title with the
/// year replaced, marked as a draft, and the four parts 厅字〔2019〕28号 requires as headings, each still to be
/// written. The latest report is the newest year's, the first by address name when a year has several.
/// </summary>
public static class AnnualReportOutline
{
    /// <summary>What a folder without reports starts from: the county government's own report.</summary>
    public static readonly ReportMetadata Default = new("临沭县2024年度法治政府建设报告", 2024, "临沭县人民政府", "通知公告", "linshu-county");

    /// <param name="reports">The folder's reports, newest year first as the catalog orders them.</param>
    public static OutlinedReport For(int year, IReadOnlyList<Report> reports)
    {
        var model = reports.Count > 0 ? reports[0] : null;
        var from = model?.Metadata ?? Default;
        var title = DraftFrontMatter.WithYear(from.Title, year) ?? Default.Title.Replace("2024", Year(year), StringComparison.Ordinal);
        var frontMatter = new DraftFrontMatter { Title = title, Year = year, Publisher = from.Publisher, Category = from.Category, Draft = true };
        var text = new StringBuilder(frontMatter.ToYaml()).Append('\n').Append(Placeholders.Mark).Append('\n');
        foreach (var heading in Parts(year))
        {
            text.Append("\n## ").Append(heading).Append("\n\n").Append(Placeholders.Mark).Append('\n');
        }

        return new OutlinedReport($"{Year(year)}-{from.Slug}.md", title, text.ToString(), model);
    }

    /// <summary>The four parts in the order the 2024 report gives them, worded for <paramref name="year"/>.</summary>
    public static IReadOnlyList<string> Parts(int year) =>
    [
        $"一、{Year(year)}年度推进法治政府建设的主要举措和成效",
        "二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        $"三、{Year(year)}年度推进法治政府建设存在的不足和原因",
        $"四、{Year(year + 1)}年推进法治政府建设的主要安排",
    ];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
