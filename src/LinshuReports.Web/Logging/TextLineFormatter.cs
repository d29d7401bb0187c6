using System.Buffers;
using System.Text;
using Serilog.Events;
using Serilog.Formatting;

namespace LinshuReports.Web.Logging;

/// <summary>Any Serilog text formatter as a line formatter, for the developer's readable lines.</summary>
public sealed class TextLineFormatter(ITextFormatter formatter) : ILogLineFormatter
{
    private readonly StringWriter _text = new();

    public void Write(LogEvent logEvent, IBufferWriter<byte> output)
    {
        _text.GetStringBuilder().Clear();
        formatter.Format(logEvent, _text);
        // Whole, not chunk by chunk: a chunk boundary may fall inside a surrogate pair (characters beyond the BMP).
        Encoding.UTF8.GetBytes(_text.ToString(), output);
    }

    public void Dispose() => _text.Dispose();
}
