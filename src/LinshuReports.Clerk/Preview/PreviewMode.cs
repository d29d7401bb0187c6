using LinshuReports.Content.Catalog;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace LinshuReports.Clerk.Preview;

/// <summary>
/// The site as the clerk previews it, added to the site's own services through its one hook
/// (<see cref="SiteApplication.Build"/>'s mode): drafts and scheduled reports shown, every page marked by the banner,
/// and <see cref="PreviewMiddleware"/> first in the pipeline, before the page cache can answer and so that its
/// headers are set last.
/// </summary>
public static class PreviewMode
{
    public static IServiceCollection AddPreviewMode(this IServiceCollection services)
    {
        services.AddSingleton(PublicationSchedule.Everything);
        services.Configure<PageBanners>(banners => banners.Components.Add(typeof(PreviewBanner)));
        services.AddTransient<IStartupFilter, PreviewFirst>();
        return services;
    }

    private sealed class PreviewFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<PreviewMiddleware>();
            next(app);
        };
    }
}
