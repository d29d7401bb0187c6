using System.Diagnostics;
using Serilog.Events;
using ILogger = Serilog.ILogger;

namespace LinshuReports.Web.Logging;

/// <summary>One line per request (<see cref="RequestLogLine"/>), written once the response is done.</summary>
/// <remarks>
/// Serilog's request logging writes the same line, but it gathers it through an ambient diagnostic context: an
/// AsyncLocal set on every request, which makes every later await copy the execution context, and a dictionary, a
/// LINQ concatenation and a logger lookup per line. That cost a cached page about a tenth of its throughput
/// (tests/bench/README.md); here the line's values are taken once, at the end, and handed to the request log.
/// </remarks>
public sealed class RequestLogMiddleware(RequestDelegate next, ILogger logger, IRequestLog log)
{
    // Asked only whether a line is wanted: Serilog's level overrides by source context stay the operator's switch.
    private readonly ILogger _logger = logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, RequestLogLine.SourceContext);

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
            Write(context, context.Response.StatusCode, start, exception: null);
        }
        catch (Exception exception) when (Write(context, StatusCodes.Status500InternalServerError, start, exception))
        {
            // Never reached: Write returns false, so the exception goes on, unwound only after it has been logged.
        }
    }

    private bool Write(HttpContext context, int statusCode, long start, Exception? exception)
    {
        var level = exception is not null || statusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
        if (_logger.IsEnabled(level))
        {
            var request = context.Request;
            log.Write(new RequestLogLine(
                DateTimeOffset.Now,
                level,
                request.Method,
                request.Path.HasValue ? request.Path.Value : "/",
                statusCode,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds,
                context.Connection.RemoteIpAddress,
                context.TraceIdentifier,
                exception));
        }

        return false;
    }
}
