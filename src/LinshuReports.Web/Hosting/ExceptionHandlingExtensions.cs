using Microsoft.AspNetCore.Diagnostics;

namespace LinshuReports.Web.Hosting;

public static class ExceptionHandlingExtensions
{
    /// <summary>The exception handler re-executes <paramref name="errorPagePath"/>, logging each kind of exception at most once a minute.</summary>
    public static IServiceCollection AddThrottledExceptionHandler(this IServiceCollection services, string errorPagePath)
    {
        services.AddSingleton<ExceptionLogThrottle>();
        services.AddOptions<ExceptionHandlerOptions>().Configure<ExceptionLogThrottle>((options, throttle) =>
        {
            options.ExceptionHandlingPath = errorPagePath;
            options.SuppressDiagnosticsCallback = throttle.IsRepeat;
        });
        return services;
    }
}
