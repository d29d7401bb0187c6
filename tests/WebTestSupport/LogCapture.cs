using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.TestSupport;

/// <summary>What the site writes to its log, for tests of what an operator reads there. Add it as an <see cref="ILogEventSink"/>.</summary>
public sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    /// <summary>The first event that matches, once it is written (some are written on a background thread).</summary>
    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? patience = null) =>
        Eventually.GetAsync(() => Events.FirstOrDefault(match), () => "no such log event; the log held:\n" + string.Join("\n", Events.Select(e =>
        {
            var message = e.RenderMessage(CultureInfo.InvariantCulture);
            return message[..Math.Min(200, message.Length)];
        })), patience);
}
