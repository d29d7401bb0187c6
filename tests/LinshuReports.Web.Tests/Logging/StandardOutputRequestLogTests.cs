using System.Net;
using System.Text;
using System.Text.Json;
using LinshuReports.Web.Logging;
using Microsoft.Extensions.Time.Testing;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// Request lines written straight to standard output: every line queued reaches it whole and in order, a line that
/// finds the queue full is counted and reported, and a broken output never stops the site.
/// </summary>
public sealed class StandardOutputRequestLogTests
{
    private static RequestLogLine Line(int number) => new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, "GET",
        $"/reports/{number}", 200, 0.5, IPAddress.Loopback, $"0HNQ:{number:X8}", null);

    private static string[] Lines(MemoryStream output) =>
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task EveryLineQueuedBeforeTheHostStops_IsWritten_InOrder()
    {
        using var output = new MemoryStream();
        var log = new StandardOutputRequestLog(new LogOutput(output), 10_000, TimeSpan.FromMilliseconds(20), TimeProvider.System);

        for (var number = 0; number < 5_000; number++)
        {
            log.Write(Line(number));
        }

        await log.DisposeAsync();

        var paths = Lines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("RequestPath").GetString());
        Assert.Equal(Enumerable.Range(0, 5_000).Select(number => $"/reports/{number}"), paths);
    }

    [Fact]
    public async Task LinesBeyondTheQueue_AreDropped_AndTheNextBatchSaysHowMany()
    {
        using var output = new MemoryStream();
        var clock = new FakeTimeProvider();
        var log = new StandardOutputRequestLog(new LogOutput(output), 3, TimeSpan.FromSeconds(1), clock);

        for (var number = 0; number < 10; number++)
        {
            log.Write(Line(number));
        }

        var disposing = log.DisposeAsync().AsTask();
        while (!disposing.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await disposing;

        var lines = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(["/reports/0", "/reports/1", "/reports/2"], lines[..3].Select(line => line.GetProperty("RequestPath").GetString()));
        var warning = Assert.Single(lines[3..]);
        Assert.Equal("Warning", warning.GetProperty("@l").GetString());
        Assert.Equal(7, warning.GetProperty("DroppedRequestLines").GetInt64());
    }

    [Fact]
    public async Task AWriteThatFails_LosesItsBatch_NotTheLog()
    {
        var output = new FailingOnceStream();
        var log = new StandardOutputRequestLog(new LogOutput(output), 100, TimeSpan.FromMilliseconds(1), TimeProvider.System);

        log.Write(Line(1));
        await output.Failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        log.Write(Line(2));
        await log.DisposeAsync();

        var line = Assert.Single(Lines(output));
        Assert.Contains("/reports/2", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineThatCannotBeWritten_IsCountedAsDropped_AndTheLinesAfterItAreWritten()
    {
        using var output = new MemoryStream();
        var log = new StandardOutputRequestLog(new LogOutput(output), 100, TimeSpan.FromMilliseconds(1), TimeProvider.System);

        log.Write(Line(1) with { Level = LogEventLevel.Error, StatusCode = 500, Exception = new UnprintableException() });
        log.Write(Line(2));
        await log.DisposeAsync();

        var lines = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Contains(lines, line => line.TryGetProperty("RequestPath", out var path) && path.GetString() == "/reports/2");
        Assert.DoesNotContain(lines, line => line.TryGetProperty("RequestPath", out var path) && path.GetString() == "/reports/1");
        Assert.Contains(lines, line => line.TryGetProperty("DroppedRequestLines", out var dropped) && dropped.GetInt64() == 1);
    }

    private sealed class UnprintableException : Exception
    {
        public override string ToString() => throw new InvalidOperationException("no text");
    }

    /// <summary>Standard output whose reader went away once (a broken pipe), then came back.</summary>
    private sealed class FailingOnceStream : MemoryStream
    {
        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Failed.TrySetResult())
            {
                throw new IOException("Broken pipe");
            }

            base.Write(buffer);
        }
    }
}
