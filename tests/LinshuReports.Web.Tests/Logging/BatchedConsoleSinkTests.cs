using System.Text;
using LinshuReports.Web.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>A batch reaches the output whole, one line per event, in order, and flushed.</summary>
public sealed class BatchedConsoleSinkTests
{
    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    [Fact]
    public async Task EachBatch_IsWrittenInOrder_AndFlushed()
    {
        var output = new FlushCountingStream();
        using var sink = new BatchedConsoleSink(new CompactJsonLineFormatter(), new LogOutput(output));

        await sink.EmitBatchAsync([Event("第一"), Event("第二")]);
        await sink.EmitBatchAsync([Event("第三")]);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("第一", lines[0], StringComparison.Ordinal);
        Assert.Contains("第二", lines[1], StringComparison.Ordinal);
        Assert.Contains("第三", lines[2], StringComparison.Ordinal);
        Assert.Equal(2, output.Flushes);
    }

    private sealed class FlushCountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }
}
