using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LinshuReports.Web.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// The production log's lines are Serilog's compact JSON, whatever writes them: every event the fast writer formats
/// reads back exactly as <see cref="CompactJsonFormatter"/>'s line for the same event, so log shippers see no change.
/// </summary>
public sealed class CompactJsonLineFormatterTests
{
    private static readonly DateTimeOffset When = new(2026, 11, 28, 21, 5, 7, 120, TimeSpan.FromHours(8));

    private static LogEvent Event(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        Event(LogEventLevel.Information, null, template, properties);

    private static LogEvent Event(LogEventLevel level, Exception? exception, string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(When, level, exception, new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));

    private static string Lines(params LogEvent[] events)
    {
        var output = new ArrayBufferWriter<byte>();
        using var formatter = new CompactJsonLineFormatter();
        foreach (var logEvent in events)
        {
            formatter.Write(logEvent, output);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Reference(LogEvent logEvent)
    {
        using var text = new StringWriter();
        new CompactJsonFormatter().Format(logEvent, text);
        return text.ToString();
    }

    /// <summary>Parsed, with the timestamp as an instant: the two writers spell the same instant differently
    /// (<c>.1200000Z</c> and <c>.12Z</c>).</summary>
    private static JsonElement Parsed(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var instant = root.GetProperty("@t").GetDateTimeOffset();
        var rest = root.EnumerateObject().Where(p => p.Name != "@t").ToDictionary(p => p.Name, p => p.Value.Clone());
        rest["@t"] = JsonSerializer.SerializeToElement(instant.UtcTicks);
        return JsonSerializer.SerializeToElement(rest);
    }

    private static void AssertSameAsReference(LogEvent logEvent)
    {
        var line = Lines(logEvent);
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var expected = Parsed(Reference(logEvent));
        var actual = Parsed(line);
        Assert.True(JsonElement.DeepEquals(expected, actual), $"expected {Reference(logEvent)}\nactual   {line}");
    }

    [Fact]
    public void RequestLine_ReadsAsTheReferenceLine() =>
        AssertSameAsReference(Event("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms",
            ("RequestMethod", new ScalarValue("GET")),
            ("RequestPath", new ScalarValue("/reports/2024/临沭县")),
            ("StatusCode", new ScalarValue(200)),
            ("Elapsed", new ScalarValue(0.003426)),
            ("RequestId", new ScalarValue("0HNQDAULSECTB:00000001"))));

    public static TheoryData<object?> Scalars() => new()
    {
        null, "", "法治政府建设报告", "quote \" backslash \\ newline \n tab \t bell \a", true, false, 'x',
        int.MinValue, long.MaxValue, uint.MaxValue, ulong.MaxValue, (short)-7, (ushort)7, (byte)255, (sbyte)-128,
        1.5m, 0.1, -0.0, 1e300, double.NaN, double.PositiveInfinity, float.NegativeInfinity, 3.25f,
        new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc), When, TimeSpan.FromMilliseconds(1234.5),
        Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), new Uri("https://www.linshu.gov.cn/?a=1&b=2"), LogEventLevel.Warning,
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void EveryScalar_ReadsAsTheReferenceLine(object? value) =>
        AssertSameAsReference(Event("Value {Value}", ("Value", new ScalarValue(value))));

    [Fact]
    public void NestedValues_ReadAsTheReferenceLine() =>
        AssertSameAsReference(Event("Report {@Report} in {Years} by {Counts}",
            ("Report", new StructureValue(
                [
                    new LogEventProperty("Title", new ScalarValue("2024年临沭县法治政府建设情况报告")),
                    new LogEventProperty("Sections", new SequenceValue([new ScalarValue(1), new StructureValue([], null)])),
                ],
                "Report")),
            ("Untagged", new StructureValue([new LogEventProperty("A", new ScalarValue(1))])),
            ("Years", new SequenceValue([new ScalarValue(2023), new ScalarValue(2024), new SequenceValue([])])),
            ("Counts", new DictionaryValue(
                [
                    new(new ScalarValue("长者"), new ScalarValue(3)),
                    new(new ScalarValue(7), new ScalarValue("seven")),
                    new(new ScalarValue(null), new ScalarValue(false)),
                ]))));

    [Fact]
    public void LevelExceptionAndTrace_ReadAsTheReferenceLine()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("内容目录无法读取 \"content\"");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var logEvent = new LogEvent(When, LogEventLevel.Error, thrown, new MessageTemplateParser().Parse("Reload failed"),
            [new LogEventProperty("@Odd", new ScalarValue("a property whose name begins with @"))],
            ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());

        AssertSameAsReference(logEvent);
        Assert.Contains("\"@l\":\"Error\"", Lines(logEvent), StringComparison.Ordinal);
        Assert.Contains("\"@@Odd\":", Lines(logEvent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogEventLevel.Verbose)]
    [InlineData(LogEventLevel.Debug)]
    [InlineData(LogEventLevel.Information)]
    [InlineData(LogEventLevel.Warning)]
    [InlineData(LogEventLevel.Fatal)]
    public void EveryLevel_ReadsAsTheReferenceLine(LogEventLevel level) =>
        AssertSameAsReference(Event(level, null, "Level", []));

    [Fact]
    public void FormattedTokens_AreRenderedAsTheReferenceDoes() =>
        AssertSameAsReference(Event("Took {Elapsed:0.0} ms at {When:yyyy-MM-dd} for {Name}",
            ("Elapsed", new ScalarValue(12.345)), ("When", new ScalarValue(When)), ("Name", new ScalarValue("x"))));

    [Fact]
    public void TextThatIsNotValidUnicode_IsStillWritten_AsOneLine()
    {
        var line = Lines(Event("Path {RequestPath}", ("RequestPath", new ScalarValue("/a\uD800b"))));

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(line);
        Assert.Equal("Path {RequestPath}", document.RootElement.GetProperty("@mt").GetString());
        var path = document.RootElement.GetProperty("RequestPath").GetString();
        Assert.StartsWith("/a", path, StringComparison.Ordinal);
        Assert.EndsWith("b", path, StringComparison.Ordinal);
    }

    [Fact]
    public void EventsAfterInvalidText_AreWrittenNormally()
    {
        var text = Lines(
            Event("Path {RequestPath}", ("RequestPath", new ScalarValue("/a\uD800b"))),
            Event("Path {RequestPath}", ("RequestPath", new ScalarValue("/reports/2024/linshu-county"))));

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("/reports/2024/linshu-county", second.RootElement.GetProperty("RequestPath").GetString());
    }

    [Fact]
    public void ChineseText_IsWrittenAsCharacters_NotEscapes()
    {
        var line = Lines(Event("Loaded {Title}", ("Title", new ScalarValue("临沭县法治政府建设报告"))));

        Assert.Contains("临沭县法治政府建设报告", line, StringComparison.Ordinal);
    }
}
