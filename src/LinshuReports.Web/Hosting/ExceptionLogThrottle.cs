using System.Collections.Concurrent;
using Microsoft.AspNetCore.Diagnostics;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// Lets the exception handler log an unexpected exception once per kind (its type and the method that threw it)
/// per <see cref="Interval"/>. A request that fails the same way each time would otherwise write a stack trace per
/// request: four connections made 2 MB/s of log. Every failed request still has its 500 line in the request log.
/// </summary>
public sealed class ExceptionLogThrottle(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastLogged = new(StringComparer.Ordinal);

    /// <summary>For <see cref="ExceptionHandlerOptions.SuppressDiagnosticsCallback"/>: true when this kind was logged less than a minute ago.</summary>
    public bool IsRepeat(ExceptionHandlerSuppressDiagnosticsContext context) => IsRepeat(context.Exception);

    public bool IsRepeat(Exception exception)
    {
        var kind = $"{exception.GetType().FullName} at {exception.TargetSite?.DeclaringType?.FullName}.{exception.TargetSite?.Name}";
        var now = time.GetUtcNow();
        while (true)
        {
            if (!_lastLogged.TryGetValue(kind, out var last))
            {
                if (_lastLogged.TryAdd(kind, now))
                {
                    return false;
                }
            }
            else if (now - last < Interval)
            {
                return true;
            }
            else if (_lastLogged.TryUpdate(kind, now, last))
            {
                return false;
            }
        }
    }
}
