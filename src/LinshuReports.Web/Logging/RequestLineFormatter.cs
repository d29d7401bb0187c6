using System.Buffers;
using System.Net;
using System.Text.Json;
using Serilog.Events;

namespace LinshuReports.Web.Logging;

/// <summary>
/// A request line as compact JSON (CLEF), byte for byte the line <see cref="CompactJsonLineFormatter"/> writes for the
/// same line as a Serilog event, but with its names and template encoded once and no event, dictionary or boxed value
/// made for it.
/// </summary>
public sealed class RequestLineFormatter : IDisposable
{
    private const string DroppedTemplateText = "{DroppedRequestLines} request lines were dropped: the log's output did not keep up, or a line could not be written";

    private static readonly JsonEncodedText Timestamp = Encode("@t");
    private static readonly JsonEncodedText MessageTemplate = Encode("@mt");
    private static readonly JsonEncodedText Level = Encode("@l");
    private static readonly JsonEncodedText Exception = Encode("@x");
    private static readonly JsonEncodedText Template = Encode(RequestLogLine.MessageTemplateText);
    private static readonly JsonEncodedText DroppedTemplate = Encode(DroppedTemplateText);
    private static readonly JsonEncodedText Method = Encode("RequestMethod");
    private static readonly JsonEncodedText Path = Encode("RequestPath");
    private static readonly JsonEncodedText StatusCode = Encode("StatusCode");
    private static readonly JsonEncodedText Elapsed = Encode("Elapsed");
    private static readonly JsonEncodedText ClientAddress = Encode("ClientAddress");
    private static readonly JsonEncodedText RequestId = Encode("RequestId");
    private static readonly JsonEncodedText Dropped = Encode("DroppedRequestLines");
    private static readonly JsonEncodedText SourceContextName = Encode(Serilog.Core.Constants.SourceContextPropertyName);
    private static readonly JsonEncodedText SourceContext = Encode(RequestLogLine.SourceContext);

    private readonly Utf8JsonWriter _json = new(Stream.Null, CompactJsonLineFormatter.WriterOptions);

    public void Write(in RequestLogLine line, IBufferWriter<byte> output)
    {
        // Before the line begins: an exception whose text throws then leaves nothing of the line behind.
        var exception = line.Exception?.ToString();
        Begin(output, line.Timestamp, Template, line.Level);
        if (exception is not null)
        {
            _json.WriteString(Exception, exception);
        }

        _json.WriteString(Method, line.Method);
        _json.WriteString(Path, line.Path);
        _json.WriteNumber(StatusCode, line.StatusCode);
        _json.WriteNumber(Elapsed, line.Elapsed);
        WriteAddress(line.ClientAddress);
        _json.WriteString(RequestId, line.RequestId);
        End(output);
    }

    /// <summary>A warning that lines were lost, in place of the lines themselves.</summary>
    public void WriteDropped(DateTimeOffset timestamp, long count, IBufferWriter<byte> output)
    {
        Begin(output, timestamp, DroppedTemplate, LogEventLevel.Warning);
        _json.WriteNumber(Dropped, count);
        End(output);
    }

    public void Dispose() => _json.Dispose();

    private void Begin(IBufferWriter<byte> output, DateTimeOffset timestamp, JsonEncodedText template, LogEventLevel level)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString(Timestamp, timestamp.UtcDateTime);
        _json.WriteString(MessageTemplate, template);
        if (level != LogEventLevel.Information)
        {
            _json.WriteString(Level, level.ToString());
        }
    }

    private void End(IBufferWriter<byte> output)
    {
        _json.WriteString(SourceContextName, SourceContext);
        _json.WriteEndObject();
        _json.Flush();
        output.Write("\n"u8);
    }

    private void WriteAddress(IPAddress? address)
    {
        // Formatted here, on the log's own thread, rather than as a string on the request's.
        Span<byte> text = stackalloc byte[64];
        if (address is null)
        {
            _json.WriteNull(ClientAddress);
        }
        else if (address.TryFormat(text, out var length))
        {
            _json.WriteString(ClientAddress, text[..length]);
        }
        else
        {
            _json.WriteString(ClientAddress, address.ToString());
        }
    }

    private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, CompactJsonLineFormatter.WriterOptions.Encoder);
}
