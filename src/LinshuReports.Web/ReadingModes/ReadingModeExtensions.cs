namespace LinshuReports.Web.ReadingModes;

public static class ReadingModeExtensions
{
    public static IApplicationBuilder UseReadingModes(this IApplicationBuilder app) =>
        app.UseMiddleware<ReadingModeMiddleware>();
}
