namespace LinshuReports.Web.Hosting;

/// <summary>Configuration section <c>Site</c>: facts about the deployment that the code must not invent.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address, e.g. https://reports.example.gov.cn, printed on paper copies; empty prints the path only.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>How readers report an accessibility problem (an e-mail address, a phone line); empty says to contact the publisher.</summary>
    public string FeedbackContact { get; set; } = string.Empty;
}
