using Serilog;
using System.Globalization;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace LinshuReports.Web.Logging;

/// <summary>Serilog for the whole site: readable lines for a developer, compact JSON for production log shippers.</summary>
public static class SiteLogging
{
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();

        builder.Services.AddSingleton(LogOutput.StandardOutput());
        builder.Services.AddSingleton(services => RequestLogRoute.For(services, builder.Configuration, isDevelopment));

        // Every host its own logger, never the static Log.Logger: without preserveStaticLogger the framework's
        // loggers write to Log.Logger, which the last host built in a process replaces and a stopped host silences,
        // so one test host's events went missing while another started and stopped beside it.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                // Off, not Warning: while this logger is on at any level the host starts an Activity and a logging scope
                // for every request, about 3 % of a cached page's cost (tests/bench/README.md). The request line takes
                // its RequestId, which begins with Kestrel's connection id, from HttpContext.TraceIdentifier.
                // No Enrich.FromLogContext(): nothing here pushes properties, and it cost about 1 % on every request.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off);

            // Events reach standard output in batches, on a background thread, off each request's critical path.
            ILogLineFormatter format = isDevelopment
                ? new TextLineFormatter(new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture))
                : new CompactJsonLineFormatter();
            logger.WriteTo.Sink(new BatchedConsoleSink(format, services.GetRequiredService<LogOutput>()), new BatchingOptions { BufferingTimeLimit = TimeSpan.FromMilliseconds(200) });
        }, preserveStaticLogger: true);

        return builder;
    }

    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        // This host's own logger, never the static Log.Logger (see above).
        app.UseMiddleware<RequestLogMiddleware>(app.Services.GetRequiredService<Serilog.ILogger>(), app.Services.GetRequiredService<IRequestLog>());
        return app;
    }
}
