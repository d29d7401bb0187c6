using System.Net;
using Serilog.Events;

namespace LinshuReports.Web.Logging;

/// <summary>
/// What the log keeps of one request: its method, its path (never the query, which may carry a reader's personal data),
/// the status, the time taken, the reader's address as the trusted proxy saw it, and the request id, which begins with
/// Kestrel's connection id.
/// </summary>
public readonly record struct RequestLogLine(
    DateTimeOffset Timestamp,
    LogEventLevel Level,
    string Method,
    string Path,
    int StatusCode,
    double Elapsed,
    IPAddress? ClientAddress,
    string RequestId,
    Exception? Exception)
{
    public const string MessageTemplateText = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";

    /// <summary>The source context of every request line, by which an operator raises its level alone
    /// (Serilog:MinimumLevel:Override).</summary>
    public static readonly string SourceContext = typeof(RequestLogMiddleware).FullName!;
}
