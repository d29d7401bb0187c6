using System.Buffers;
using System.Net;
using System.Text;
using LinshuReports.Web.Logging;
using LinshuReports.TestSupport;
using Serilog;
using Serilog.Events;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// Wherever a request line goes, it reads the same: the line written straight to standard output is, byte for byte,
/// the line the production formatter writes for the Serilog event the same request makes.
/// </summary>
public sealed class RequestLineFormatterTests
{
    private static readonly DateTimeOffset When = new(2026, 11, 29, 9, 30, 15, 123, TimeSpan.FromHours(8));

    public static TheoryData<string, string, int, string?> Requests() => new()
    {
        { "GET", "/reports/2024/linshu-county", 200, "127.0.0.1" },
        { "HEAD", "/", 304, "198.51.100.7" },
        { "POST", "/reading-mode", 303, "::1" },
        { "GET", "/reports/2024/临沭县法治政府建设报告", 404, "fe80::1ff:fe23:4567:890a%3" },
        { "PUT", "/a\"b\\c</script>\u0001", 405, null },
        { "GET", "/x", 599, "::ffff:192.0.2.128" },
        { "GET", "/a\uD800b", 400, "127.0.0.1" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void ALine_ReadsAsTheSerilogEventsLine(string method, string path, int status, string? address)
    {
        var line = new RequestLogLine(When, LogEventLevel.Information, method, path, status, 0.0427,
            address is null ? null : IPAddress.Parse(address), "0HNQDAULSECTB:0000002A", null);

        Assert.Equal(ThroughSerilog(line), Direct(line));
    }

    [Fact]
    public void AFailedRequest_ReadsAsTheSerilogEventsLine_WithItsLevelAndException()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("目录读取失败 \"quoted\"");
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        var line = new RequestLogLine(When, LogEventLevel.Error, "GET", "/", 500, 12.5, IPAddress.Loopback, "0HNQ:1", thrown);

        var direct = Direct(line);
        Assert.Equal(ThroughSerilog(line), direct);
        Assert.Contains("\"@l\":\"Error\"", direct, StringComparison.Ordinal);
        Assert.Contains("目录读取失败", direct, StringComparison.Ordinal);
    }

    [Fact]
    public void DroppedLines_AreOneWarningThatSaysHowMany()
    {
        var output = new ArrayBufferWriter<byte>();
        using (var formatter = new RequestLineFormatter())
        {
            formatter.WriteDropped(When, 1234, output);
        }

        using var json = System.Text.Json.JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("Warning", json.RootElement.GetProperty("@l").GetString());
        Assert.Equal(1234, json.RootElement.GetProperty("DroppedRequestLines").GetInt64());
        Assert.Equal(RequestLogLine.SourceContext, json.RootElement.GetProperty("SourceContext").GetString());
    }

    private static string Direct(RequestLogLine line)
    {
        var output = new ArrayBufferWriter<byte>();
        using var formatter = new RequestLineFormatter();
        formatter.Write(line, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string ThroughSerilog(RequestLogLine line)
    {
        var capture = new LogCapture();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(capture).CreateLogger())
        {
            new SerilogRequestLog(logger).Write(line);
        }

        var output = new ArrayBufferWriter<byte>();
        using var formatter = new CompactJsonLineFormatter();
        formatter.Write(Assert.Single(capture.Events), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
