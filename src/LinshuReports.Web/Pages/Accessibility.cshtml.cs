using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Pages;

/// <summary>The accessibility statement; its feedback contact comes from configuration and is never made up.</summary>
public sealed class AccessibilityModel(IOptions<SiteOptions> site) : PageModel
{
    public string FeedbackContact => site.Value.FeedbackContact.Trim();
}
