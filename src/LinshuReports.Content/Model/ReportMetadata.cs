namespace LinshuReports.Content.Model;

/// <summary>What the front matter of a report file says about the report, 政府信息公开 particulars included.</summary>
/// <param name="Date">发布日期: the day the report is, or will be, public.</param>
/// <param name="IndexNo">索引号: organisation code / year - serial.</param>
/// <param name="DocNo">文号, e.g. 临政发〔2025〕3号.</param>
/// <param name="Written">成文日期.</param>
/// <param name="Subject">主题分类, e.g. 综合政务.</param>
/// <param name="Draft">草稿: never public while set.</param>
/// <param name="Changes">更新记录, oldest first; null when the report has never been corrected.</param>
public sealed record ReportMetadata(
    string Title,
    int Year,
    string Publisher,
    string Category,
    string Slug,
    DateOnly? Date = null,
    string? Summary = null,
    string? IndexNo = null,
    string? DocNo = null,
    DateOnly? Written = null,
    string? Subject = null,
    bool Draft = false,
    IReadOnlyList<ReportChange>? Changes = null)
{
    /// <summary>最后更新: the latest correction's date, if any.</summary>
    public DateOnly? LastUpdated => Changes is [.., var latest] ? latest.Date : null;
}
