using System.Buffers;
using Serilog.Core;
using Serilog.Events;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Writes log events to standard output a batch at a time, off the request path, with one write and one flush per
/// batch. The console sink writes and flushes every event, a system call per request that cost the site about a
/// tenth of its throughput on a cached page (tests/bench/README.md).
/// </summary>
public sealed class BatchedConsoleSink(ILogLineFormatter formatter, LogOutput output) : IBatchedLogEventSink, IDisposable
{
    private readonly ArrayBufferWriter<byte> _batch = new(64 * 1024);

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        _batch.ResetWrittenCount();
        foreach (var logEvent in batch)
        {
            formatter.Write(logEvent, _batch);
        }

        output.Write(_batch.WrittenSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => formatter.Dispose();
}
