using System.Buffers;
using Serilog.Events;

namespace LinshuReports.Web.Logging;

/// <summary>Turns one log event into one line of UTF-8 for standard output.</summary>
public interface ILogLineFormatter : IDisposable
{
    void Write(LogEvent logEvent, IBufferWriter<byte> output);
}
