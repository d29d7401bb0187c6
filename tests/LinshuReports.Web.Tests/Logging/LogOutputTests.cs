using System.Text;
using LinshuReports.Web.Logging;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>Two writers share standard output; a batch from one never lands in the middle of a line from the other.</summary>
public sealed class LogOutputTests
{
    [Fact]
    public void BatchesFromManyWriters_ArriveWhole()
    {
        using var stream = new SlowStream();
        var output = new LogOutput(stream);
        var batches = Enumerable.Range(0, 8).Select(writer => Encoding.UTF8.GetBytes(
            string.Concat(Enumerable.Range(0, 10).Select(line => $"writer {writer} line {line} {new string('报', 100)}\n")))).ToArray();

        using var start = new Barrier(batches.Length);
        var writers = batches.Select(batch => new Thread(() =>
        {
            start.SignalAndWait();
            output.Write(batch);
        })).ToArray();
        Array.ForEach(writers, writer => writer.Start());
        Array.ForEach(writers, writer => writer.Join());

        var written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(batches.Sum(batch => batch.Length), stream.Length);
        foreach (var batch in batches.Select(Encoding.UTF8.GetString))
        {
            Assert.Contains(batch, written, StringComparison.Ordinal);
        }
    }

    /// <summary>Writes in small pieces, as a pipe may, so that an unguarded writer would interleave.</summary>
    private sealed class SlowStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            foreach (var piece in buffer.ToArray().Chunk(512))
            {
                base.Write(piece);
                Thread.Sleep(1);
            }
        }
    }
}
