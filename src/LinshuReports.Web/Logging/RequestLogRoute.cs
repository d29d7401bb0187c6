using Serilog.Core;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Which way request lines go. Straight to standard output (<see cref="StandardOutputRequestLog"/>) only where that is
/// all the log is: in production, with nothing in the Serilog settings but levels, and no sink, enricher or filter
/// given as a service. Anything more and every line goes through Serilog (<see cref="SerilogRequestLog"/>), so that it
/// reaches what the operator added, with the developer's readable lines in Development.
/// </summary>
public static class RequestLogRoute
{
    public static IRequestLog For(IServiceProvider services, IConfiguration configuration, bool isDevelopment) =>
        StandardOutputIsTheWholeLog(services, configuration, isDevelopment)
            ? new StandardOutputRequestLog(services.GetRequiredService<LogOutput>())
            : new SerilogRequestLog(services.GetRequiredService<Serilog.ILogger>());

    public static bool StandardOutputIsTheWholeLog(IServiceProvider services, IConfiguration configuration, bool isDevelopment) =>
        !isDevelopment
        && configuration.GetSection("Serilog").GetChildren().All(setting => setting.Key.Equals("MinimumLevel", StringComparison.OrdinalIgnoreCase))
        && !services.GetServices<ILogEventSink>().Any()
        && !services.GetServices<ILogEventEnricher>().Any()
        && !services.GetServices<ILogEventFilter>().Any();
}
