using System.Buffers;
using System.Threading.Channels;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Request lines straight to standard output as compact JSON, in batches, on a thread of their own: the request only
/// queues its line. Through Serilog the same line cost a cached page about 9 % of its CPU, an event with a dictionary of
/// boxed properties per request, formatted one property at a time; this way, a third to a half of that
/// (tests/bench/README.md).
/// </summary>
/// <remarks>
/// Used only where standard output is the whole log (see <see cref="RequestLogRoute"/>). Like Serilog's batching, it
/// holds at most <see cref="DefaultCapacity"/> lines waiting; beyond that a line is dropped and counted, and the next
/// batch says how many were lost. Disposed with the host, it writes every line queued before.
/// </remarks>
public sealed class StandardOutputRequestLog : IRequestLog, IAsyncDisposable, IDisposable
{
    public const int DefaultCapacity = 100_000;

    private static readonly TimeSpan DefaultBatchInterval = TimeSpan.FromMilliseconds(200);

    private readonly Channel<RequestLogLine> _lines;
    private readonly Task _writing;
    private long _dropped;

    public StandardOutputRequestLog(LogOutput output) : this(output, DefaultCapacity, DefaultBatchInterval, TimeProvider.System)
    {
    }

    public StandardOutputRequestLog(LogOutput output, int capacity, TimeSpan batchInterval, TimeProvider clock)
    {
        _lines = Channel.CreateBounded<RequestLogLine>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            // Wait, so that TryWrite says when the queue is full; a request never waits, since it only ever tries.
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writing = Task.Run(() => WriteBatchesAsync(output, batchInterval, clock));
    }

    public void Write(in RequestLogLine line)
    {
        if (!_lines.Writer.TryWrite(line))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _writing;
    }

    // A host disposed synchronously still writes the last lines.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// A line that cannot be written (an exception whose text throws) is dropped and counted like one that found the
    /// queue full: on this thread, an escaping exception would end the request log until the site restarts.
    /// </summary>
    private void WriteOrDrop(RequestLineFormatter formatter, in RequestLogLine line, ArrayBufferWriter<byte> batch)
    {
        try
        {
            formatter.Write(line, batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    private async Task WriteBatchesAsync(LogOutput output, TimeSpan batchInterval, TimeProvider clock)
    {
        var batch = new ArrayBufferWriter<byte>(64 * 1024);
        using var formatter = new RequestLineFormatter();
        while (await _lines.Reader.WaitToReadAsync())
        {
            // Lines gather for a moment and leave in one write: a write and flush per line is a system call per request.
            await Task.Delay(batchInterval, clock);
            batch.ResetWrittenCount();
            while (_lines.Reader.TryRead(out var line))
            {
                WriteOrDrop(formatter, line, batch);
            }

            var dropped = Interlocked.Exchange(ref _dropped, 0);
            if (dropped > 0)
            {
                formatter.WriteDropped(clock.GetLocalNow(), dropped, batch);
            }

            try
            {
                output.Write(batch.WrittenSpan);
            }
            catch (IOException)
            {
                // Standard output is gone (its reader closed): there is nowhere left to say so, and the site goes on.
            }
        }
    }
}
