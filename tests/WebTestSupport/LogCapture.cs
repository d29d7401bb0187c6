using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.TestSupport;

/// <summary>What the site writes to its log, for tests of what an operator reads there. Add it as an <see cref="ILogEventSink"/>.</summary>
public sealed class LogCapture : ILogEventSink
{
    /// <summary>Generous for a busy CI machine; log events are written on a background thread.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? DefaultPatience);
        while (DateTime.UtcNow < deadline)
        {
            if (Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("no such log event; the log held:\n" + string.Join("\n", Events.Select(e =>
        {
            var message = e.RenderMessage(CultureInfo.InvariantCulture);
            return message[..Math.Min(200, message.Length)];
        })));
    }
}
