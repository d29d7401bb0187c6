using Microsoft.Extensions.Options;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Preview;

public static class PreviewExtensions
{
    public static IServiceCollection AddPreview(this IServiceCollection services)
    {
        services.AddOptions<PreviewOptions>().BindConfiguration(PreviewOptions.Section);
        services.AddOptions<PageBanners>().Configure<IOptions<PreviewOptions>>((banners, preview) =>
        {
            if (preview.Value.Enabled)
            {
                banners.Components.Add(typeof(PreviewBanner));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline when previewing: before the page cache can answer, and so that its headers are set last.</summary>
    public static IApplicationBuilder UsePreview(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<PreviewOptions>>().Value.Enabled)
        {
            app.UseMiddleware<PreviewMiddleware>();
        }

        return app;
    }
}
