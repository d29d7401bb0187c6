using System.Diagnostics;
using Serilog.Events;
using Serilog.Parsing;
using ILogger = Serilog.ILogger;

namespace LinshuReports.Web.Logging;

/// <summary>
/// One line per request: its method, its path (never the query, which may carry a reader's personal data), the
/// status, the time taken, the reader's address as the trusted proxy saw it, and the request id, which begins with
/// Kestrel's connection id.
/// </summary>
/// <remarks>
/// Serilog's request logging writes the same line, but it gathers it through an ambient diagnostic context: an
/// AsyncLocal set on every request, which makes every later await copy the execution context, and a dictionary, a
/// LINQ concatenation and a logger lookup per line. That cost a cached page about a tenth of its throughput
/// (tests/bench/README.md); here the line's six properties are built once, at the end.
/// </remarks>
public sealed class RequestLogMiddleware(RequestDelegate next, ILogger logger)
{
    public const string MessageTemplateText = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(MessageTemplateText);

    // A line's method and status are nearly always one of a few values: their properties are made once each.
    private static readonly LogEventProperty GetMethod = MethodProperty(HttpMethods.Get);

    private static readonly LogEventProperty HeadMethod = MethodProperty(HttpMethods.Head);

    private static readonly LogEventProperty?[] StatusCodeProperties = new LogEventProperty?[600];

    // The source context lets an operator raise this line's level alone (Serilog:MinimumLevel:Override).
    private readonly ILogger _logger = logger.ForContext<RequestLogMiddleware>();

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
            var line = new LogEvent(DateTimeOffset.Now, level, exception, Template, []);
            line.AddOrUpdateProperty(HttpMethods.IsGet(request.Method) ? GetMethod
                : HttpMethods.IsHead(request.Method) ? HeadMethod
                : MethodProperty(request.Method));
            line.AddOrUpdateProperty(new LogEventProperty("RequestPath", new ScalarValue(request.Path.HasValue ? request.Path.Value : "/")));
            line.AddOrUpdateProperty(StatusCodeProperty(statusCode));
            line.AddOrUpdateProperty(new LogEventProperty("Elapsed", new ScalarValue(Stopwatch.GetElapsedTime(start).TotalMilliseconds)));
            line.AddOrUpdateProperty(new LogEventProperty("ClientAddress", new ScalarValue(context.Connection.RemoteIpAddress?.ToString())));
            line.AddOrUpdateProperty(new LogEventProperty("RequestId", new ScalarValue(context.TraceIdentifier)));
            _logger.Write(line);
        }

        return false;
    }

    private static LogEventProperty MethodProperty(string method) => new("RequestMethod", new ScalarValue(method));

    private static LogEventProperty StatusCodeProperty(int statusCode) =>
        (uint)statusCode < StatusCodeProperties.Length
            // Two threads may both make a code's first property; either one is right.
            ? StatusCodeProperties[statusCode] ??= new LogEventProperty("StatusCode", new ScalarValue(statusCode))
            : new LogEventProperty("StatusCode", new ScalarValue(statusCode));
}
