using Serilog.Events;
using Serilog.Parsing;
using ILogger = Serilog.ILogger;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Request lines as Serilog events, for whenever the log goes further than standard output: a developer's readable
/// lines, a sink or enricher an operator configured, a test's capture. Each line reaches every one of them.
/// </summary>
public sealed class SerilogRequestLog(ILogger logger) : IRequestLog
{
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(RequestLogLine.MessageTemplateText);

    // A line's method and status are nearly always one of a few values: their properties are made once each.
    private static readonly LogEventProperty GetMethod = MethodProperty(HttpMethods.Get);

    private static readonly LogEventProperty HeadMethod = MethodProperty(HttpMethods.Head);

    private static readonly LogEventProperty?[] StatusCodeProperties = new LogEventProperty?[600];

    private readonly ILogger _logger = logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, RequestLogLine.SourceContext);

    public void Write(in RequestLogLine line)
    {
        var logEvent = new LogEvent(line.Timestamp, line.Level, line.Exception, Template, []);
        logEvent.AddOrUpdateProperty(HttpMethods.IsGet(line.Method) ? GetMethod
            : HttpMethods.IsHead(line.Method) ? HeadMethod
            : MethodProperty(line.Method));
        logEvent.AddOrUpdateProperty(new LogEventProperty("RequestPath", new ScalarValue(line.Path)));
        logEvent.AddOrUpdateProperty(StatusCodeProperty(line.StatusCode));
        logEvent.AddOrUpdateProperty(new LogEventProperty("Elapsed", new ScalarValue(line.Elapsed)));
        logEvent.AddOrUpdateProperty(new LogEventProperty("ClientAddress", new ScalarValue(line.ClientAddress?.ToString())));
        logEvent.AddOrUpdateProperty(new LogEventProperty("RequestId", new ScalarValue(line.RequestId)));
        _logger.Write(logEvent);
    }

    private static LogEventProperty MethodProperty(string method) => new("RequestMethod", new ScalarValue(method));

    private static LogEventProperty StatusCodeProperty(int statusCode) =>
        (uint)statusCode < StatusCodeProperties.Length
            // Two threads may both make a code's first property; either one is right.
            ? StatusCodeProperties[statusCode] ??= new LogEventProperty("StatusCode", new ScalarValue(statusCode))
            : new LogEventProperty("StatusCode", new ScalarValue(statusCode));
}
