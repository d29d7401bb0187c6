using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Preview;

public static class PreviewExtensions
{
    public static IServiceCollection AddPreview(this IServiceCollection services)
    {
        services.AddOptions<PreviewOptions>().BindConfiguration(PreviewOptions.Section);
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
