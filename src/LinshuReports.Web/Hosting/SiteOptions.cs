namespace LinshuReports.Web.Hosting;

/// <summary>
/// Configuration section <c>Site</c>: facts about the deployment that the code must not invent. Every item
/// left empty is left off the page.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address, e.g. https://reports.example.gov.cn, printed on paper copies; empty prints the path only.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>How readers report an accessibility problem (an e-mail address, a phone line); empty says to contact the publisher.</summary>
    public string FeedbackContact { get; set; } = string.Empty;

    /// <summary>主办单位.</summary>
    public string Sponsor { get; set; } = string.Empty;

    /// <summary>承办单位.</summary>
    public string Operator { get; set; } = string.Empty;

    /// <summary>联系电话.</summary>
    public string Phone { get; set; } = string.Empty;

    /// <summary>地址.</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>网站标识码: the 10-character code issued to every government site.</summary>
    public string SiteCode { get; set; } = string.Empty;

    /// <summary>ICP备案号, e.g. 鲁ICP备12345678号, linked to the MIIT registry.</summary>
    public string IcpRecord { get; set; } = string.Empty;

    /// <summary>公安机关备案号, e.g. 鲁公网安备37132902000123号, linked to its registry.</summary>
    public string PoliceRecord { get; set; } = string.Empty;

    /// <summary>The 我为政府网站找错 address the national platform issued for this site: a plain link, never its script.</summary>
    public string ErrorReportUrl { get; set; } = string.Empty;
}
