namespace LinshuReports.Web.Logging;

/// <summary>
/// Standard output, shared by the site's two log writers (Serilog's batches and the request lines): a batch is
/// written and flushed whole before the next begins, so lines from the two never interleave mid-line, which a pipe
/// only promises for writes of up to 4 KB.
/// </summary>
/// <remarks>
/// Written synchronously, from the writers' own background threads: the console's stream has no asynchronous write
/// of its own. Never disposed: the stream outlives both writers, and whichever stops last still flushes into it.
/// </remarks>
public sealed class LogOutput(Stream output)
{
    private readonly Lock _turn = new();

    public static LogOutput StandardOutput() => new(Console.OpenStandardOutput());

    public void Write(ReadOnlySpan<byte> batch)
    {
        lock (_turn)
        {
            output.Write(batch);
            output.Flush();
        }
    }
}
