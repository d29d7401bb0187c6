namespace LinshuReports.Web.ReadingModes;

public static class ReadingModeServiceCollectionExtensions
{
    public static IServiceCollection AddReadingModes(this IServiceCollection services) =>
        services.AddSingleton<ReadingModeMiddleware>();

    public static IApplicationBuilder UseReadingModes(this IApplicationBuilder app) =>
        app.UseMiddleware<ReadingModeMiddleware>();
}
