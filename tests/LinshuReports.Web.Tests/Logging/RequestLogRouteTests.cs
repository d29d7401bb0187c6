using LinshuReports.TestSupport;
using LinshuReports.Web.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;

namespace LinshuReports.Web.Tests.Logging;

/// <summary>
/// Request lines go straight to standard output only where that is the whole log; whatever an operator adds to the
/// log, and a developer's readable lines, get them through Serilog.
/// </summary>
public sealed class RequestLogRouteTests
{
    private static IRequestLog Route(bool isDevelopment, Dictionary<string, string?> settings, Action<IServiceCollection>? add = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(new LogOutput(Stream.Null))
            .AddSingleton<Serilog.ILogger>(new LoggerConfiguration().CreateLogger());
        add?.Invoke(services);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return RequestLogRoute.For(services.BuildServiceProvider(), configuration, isDevelopment);
    }

    private static Dictionary<string, string?> Levels() => new()
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
    };

    [Fact]
    public void InProduction_WithOnlyLevelsSet_LinesGoStraightToStandardOutput()
    {
        var log = Route(isDevelopment: false, Levels());

        Assert.IsType<StandardOutputRequestLog>(log);
        ((IDisposable)log).Dispose();
    }

    [Fact]
    public void InDevelopment_LinesAreSerilogsReadableOnes() =>
        Assert.IsType<SerilogRequestLog>(Route(isDevelopment: true, Levels()));

    [Theory]
    [InlineData("Serilog:WriteTo:0:Name", "File")]
    [InlineData("Serilog:Enrich:0", "WithMachineName")]
    [InlineData("Serilog:Properties:Site", "linshu")]
    [InlineData("Serilog:Filter:0:Name", "ByExcluding")]
    public void ASinkOrEnricherInTheSettings_GetsEveryLine(string key, string value)
    {
        var settings = Levels();
        settings[key] = value;

        Assert.IsType<SerilogRequestLog>(Route(isDevelopment: false, settings));
    }

    [Fact]
    public void ASinkGivenAsAService_GetsEveryLine() =>
        Assert.IsType<SerilogRequestLog>(Route(isDevelopment: false, Levels(), services => services.AddSingleton<ILogEventSink>(new LogCapture())));

    [Fact]
    public void AnEnricherGivenAsAService_GetsEveryLine() =>
        Assert.IsType<SerilogRequestLog>(Route(isDevelopment: false, Levels(), services => services.AddSingleton<ILogEventEnricher>(new NoEnricher())));

    private sealed class NoEnricher : ILogEventEnricher
    {
        public void Enrich(Serilog.Events.LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
        }
    }
}
