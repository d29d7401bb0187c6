using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LinshuReports.Web.Logging;

/// <summary>
/// Serilog's compact JSON (CLEF: <c>@t</c>, <c>@mt</c>, <c>@r</c>, <c>@l</c>, <c>@x</c>, <c>@tr</c>, <c>@sp</c>, then the
/// properties), written straight to UTF-8. <see cref="CompactJsonFormatter"/> writes the same lines through a
/// <see cref="TextWriter"/> and re-encodes them, which was about 6 % of the site's CPU on a cached page with one line per
/// request (tests/bench/README.md).
/// </summary>
public sealed class CompactJsonLineFormatter : ILogLineFormatter
{
    /// <summary>Shared with <see cref="RequestLineFormatter"/>, whose lines must read byte for byte as this formatter's.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // A log line is read by people and log shippers, never put in a page: Chinese stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Utf8JsonWriter _json = new(Stream.Null, WriterOptions);

    public void Write(LogEvent logEvent, IBufferWriter<byte> output)
    {
        _json.Reset(output);
        WriteEvent(logEvent);
        _json.Flush();
        output.Write("\n"u8);
    }

    public void Dispose() => _json.Dispose();

    private void WriteEvent(LogEvent logEvent)
    {
        _json.WriteStartObject();
        _json.WriteString("@t", logEvent.Timestamp.UtcDateTime);
        _json.WriteString("@mt", logEvent.MessageTemplate.Text);
        WriteRenderings(logEvent);
        if (logEvent.Level != LogEventLevel.Information)
        {
            _json.WriteString("@l", logEvent.Level.ToString());
        }

        if (logEvent.Exception is { } exception)
        {
            _json.WriteString("@x", exception.ToString());
        }

        if (logEvent.TraceId is { } traceId)
        {
            _json.WriteString("@tr", traceId.ToHexString());
        }

        if (logEvent.SpanId is { } spanId)
        {
            _json.WriteString("@sp", spanId.ToHexString());
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            // CLEF keeps names beginning with @ for itself; a property's own @ is doubled.
            _json.WritePropertyName(name.StartsWith('@') ? "@" + name : name);
            WriteValue(value);
        }

        _json.WriteEndObject();
    }

    private void WriteRenderings(LogEvent logEvent)
    {
        var started = false;
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is not PropertyToken { Format: not null } formatted)
            {
                continue;
            }

            if (!started)
            {
                _json.WriteStartArray("@r");
                started = true;
            }

            using var rendering = new StringWriter(CultureInfo.InvariantCulture);
            formatted.Render(logEvent.Properties, rendering, CultureInfo.InvariantCulture);
            _json.WriteStringValue(rendering.ToString());
        }

        if (started)
        {
            _json.WriteEndArray();
        }
    }

    private void WriteValue(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(scalar.Value);
                break;
            case SequenceValue sequence:
                _json.WriteStartArray();
                foreach (var element in sequence.Elements)
                {
                    WriteValue(element);
                }

                _json.WriteEndArray();
                break;
            case StructureValue structure:
                _json.WriteStartObject();
                if (structure.TypeTag is { } typeTag)
                {
                    _json.WriteString("$type", typeTag);
                }

                foreach (var property in structure.Properties)
                {
                    _json.WritePropertyName(property.Name);
                    WriteValue(property.Value);
                }

                _json.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                _json.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    _json.WritePropertyName(Text(key.Value) ?? "null");
                    WriteValue(element);
                }

                _json.WriteEndObject();
                break;
            default:
                _json.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
                break;
        }
    }

    private void WriteScalar(object? value)
    {
        switch (value)
        {
            case null:
                _json.WriteNullValue();
                break;
            case string text:
                _json.WriteStringValue(text);
                break;
            case bool flag:
                _json.WriteBooleanValue(flag);
                break;
            case int or short or sbyte or byte or ushort:
                _json.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case long number:
                _json.WriteNumberValue(number);
                break;
            case uint number:
                _json.WriteNumberValue(number);
                break;
            case ulong number:
                _json.WriteNumberValue(number);
                break;
            case decimal number:
                _json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                _json.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                _json.WriteNumberValue(number);
                break;
            case DateTime time:
                _json.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                _json.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                _json.WriteStringValue(Text(value));
                break;
        }
    }

    private static string? Text(object? value) =>
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
}
