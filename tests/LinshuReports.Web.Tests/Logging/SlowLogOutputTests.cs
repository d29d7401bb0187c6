using System.Collections.Concurrent;
using LinshuReports.TestSupport;
using LinshuReports.Web.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Async;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// The site's log queue (<see cref="SiteLogging.Buffered"/>) in front of an output that stops taking lines, as standard
/// output does when journald or a terminal reads it slowly: events logged while the queue is full wait for room
/// instead of being dropped, so the request made in the middle of a flood is in the log.
/// </summary>
public sealed class SlowLogOutputTests
{
    private const int Flood = 200;
    private const int Middle = Flood / 2;

    [Fact]
    public async Task AFloodBeyondTheQueue_WhileTheOutputIsStuck_LosesNoEvent_TheOneInTheMiddleIncluded()
    {
        var output = new StuckOutput();
        var queue = new QueueWatch();
        var logger = new LoggerConfiguration().WriteTo.Buffered(o => o.Sink(output), bufferSize: 10, queue).CreateLogger();

        // The queue's writer takes a first event and is stuck writing it, as on a pipe nobody reads.
        logger.Information("HTTP GET {RequestPath} responded 200", "/before-the-flood");
        await output.Holding;

        // A thread of its own, as each request's is: blocked by a full queue, it must not hold up the thread pool.
        var flood = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            for (var i = 0; i < Flood; i++)
            {
                logger.Information("HTTP GET {RequestPath} responded 200", i == Middle ? "/middle-of-the-flood" : $"/flood/{i}");
            }

            flood.SetResult();
        }).Start();
        // The queue is full while the output takes nothing: from here on a dropping queue would lose the flood's rest.
        await Eventually.TrueAsync(() => queue.Inspector is { } inspector && inspector.Count == inspector.BufferSize, "the queue never filled");
        output.Resume();
        await flood.Task;
        await logger.DisposeAsync();

        Assert.Equal(0, queue.Inspector!.DroppedMessagesCount);
        Assert.Equal(Flood + 1, output.Events.Count);
        Assert.Contains(output.Events, e => e.Properties["RequestPath"].ToString() == "\"/middle-of-the-flood\"");
    }

    /// <summary>Takes nothing until resumed, then everything.</summary>
    private sealed class StuckOutput : ILogEventSink
    {
        private readonly TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Done once the queue's writer is stuck here with an event.</summary>
        public Task Holding => holding.Task;

        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Resume() => resumed.SetResult();

        public void Emit(LogEvent logEvent)
        {
            // The queue's worker thread, held here as a blocked write to standard output holds it.
            holding.TrySetResult();
            resumed.Task.GetAwaiter().GetResult();
            Events.Enqueue(logEvent);
        }
    }

    /// <summary>The queue's own counts (how full, how many dropped), as Serilog.Sinks.Async reports them.</summary>
    private sealed class QueueWatch : IAsyncLogEventSinkMonitor
    {
        public IAsyncLogEventSinkInspector? Inspector { get; private set; }

        public void StartMonitoring(IAsyncLogEventSinkInspector inspector) => Inspector = inspector;

        public void StopMonitoring(IAsyncLogEventSinkInspector inspector)
        {
        }
    }
}
