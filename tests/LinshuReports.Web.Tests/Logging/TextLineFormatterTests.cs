using System.Buffers;
using System.Globalization;
using System.Text;
using LinshuReports.Web.Logging;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>The developer's readable log lines reach the console as the characters they hold.</summary>
public sealed class TextLineFormatterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(20000)]
    public void ALongLine_OfCharactersBeyondTheBmp_IsWrittenWhole(int prefix)
    {
        // 𠀀 (U+20000, a CJK Extension B character) is two UTF-16 units; the prefix moves where a long line is split.
        var text = new string('字', prefix) + string.Concat(Enumerable.Repeat("𠀀", 20000));
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Warning, null, new MessageTemplateParser().Parse("{Text}"),
            [new LogEventProperty("Text", new ScalarValue(text))]);
        using var formatter = new TextLineFormatter(new MessageTemplateTextFormatter("{Message:lj}{NewLine}", CultureInfo.InvariantCulture));
        var output = new ArrayBufferWriter<byte>();

        formatter.Write(logEvent, output);

        Assert.Equal(text + Environment.NewLine, Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
