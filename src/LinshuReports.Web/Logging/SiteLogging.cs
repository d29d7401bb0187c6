using System.Globalization;
using Serilog;
using Serilog.Configuration;
using Serilog.Sinks.Async;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Serilog for the whole site, on standard output: readable lines for a developer, compact JSON (CLEF) for production
/// log shippers, and one line per request.
/// </summary>
public static class SiteLogging
{
    /// <summary>The source context of every request line, by which an operator raises its level alone
    /// (<c>Serilog:MinimumLevel:Override</c>): Serilog's request logging middleware.</summary>
    public const string RequestLineSource = "Serilog.AspNetCore.RequestLoggingMiddleware";

    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();

        // Every host its own logger, never the static Log.Logger: without preserveStaticLogger the framework's
        // loggers write to Log.Logger, which the last host built in a process replaces and a stopped host silences,
        // so one test host's events went missing while another started and stopped beside it.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            // Off, not Warning: while this logger is on at any level the host starts an Activity and a logging scope
            // for every request. The request line says all the framework's request events would.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            .WriteTo.Buffered(output =>
            {
                if (isDevelopment)
                {
                    output.Console(formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    output.Console(new CompactJsonFormatter());
                }
            }), preserveStaticLogger: true);

        return builder;
    }

    /// <summary>
    /// Off the request's path: a request only queues its event, and the queue is written out in the background (and
    /// when the host is disposed). When standard output is read more slowly than events come (journald behind, a
    /// terminal), a full queue holds the request that logs until there is room, rather than dropping the event
    /// (the sink's default): nothing is lost, and a flood is served at the pace its log is read
    /// (tests/bench/README.md, "request log under a slow reader").
    /// </summary>
    public static LoggerConfiguration Buffered(this LoggerSinkConfiguration sinks, Action<LoggerSinkConfiguration> output,
        int bufferSize = 10_000, IAsyncLogEventSinkMonitor? monitor = null) =>
        sinks.Async(output, bufferSize, blockWhenFull: true, monitor);

    /// <summary>
    /// One line per request, once its response is done: method, path (never the query, which may hold what a reader
    /// searched for), status, time taken, the reader's address as the trusted proxy gave it, and the request id,
    /// which begins with Kestrel's connection id. A failure (an exception or a 5xx) is an error.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger, never the static Log.Logger (see above).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            // The default's {Elapsed:0.0000} makes compact JSON render the time a second time (@r) on every line.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
                diagnostics.Set("RequestId", context.TraceIdentifier);
            };
        });
        return app;
    }
}
