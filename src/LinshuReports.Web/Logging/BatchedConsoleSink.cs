using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Writes log events to standard output a batch at a time, off the request path, with one write and one flush per
/// batch. The console sink writes and flushes every event, a system call per request that cost the site about a
/// tenth of its throughput on a cached page (tests/bench/README.md).
/// </summary>
public sealed class BatchedConsoleSink(ITextFormatter formatter) : IBatchedLogEventSink, IDisposable
{
    private readonly StreamWriter _output = new(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _output);
        }

        await _output.FlushAsync();
    }

    public void Dispose() => _output.Dispose();
}
