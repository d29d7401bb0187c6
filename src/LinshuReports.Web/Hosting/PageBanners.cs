namespace LinshuReports.Web.Hosting;

/// <summary>
/// Components a mode of the site shows at the top of every page's main content (the preview's banner), each given
/// the page's <c>Report</c> (or null) and whether it is the home page (<c>Home</c>). The layout shows what is here
/// and names no mode; a mode adds its own.
/// </summary>
public sealed class PageBanners
{
    public List<Type> Components { get; } = [];
}
