using System.Globalization;
using System.Net;
using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using LinshuReports.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>A mistake in the site's settings stops it at start with a message naming the setting and the fix, instead of serving wrongly.</summary>
public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData("Content:Root", " ", "Content:Root is empty")]
    [InlineData("Content:TimeZone", "Mars/Olympus", "Content:TimeZone is not a time zone this machine knows")]
    [InlineData("Content:PollInterval", "00:00:00", "Content:PollInterval must be more than zero")]
    [InlineData("Content:PollInterval", "-00:00:05", "Content:PollInterval must be more than zero")]
    [InlineData("Content:PollInterval", "1.00:00:01", "Content:PollInterval must be more than zero and at most a day")]
    [InlineData("Proxy:KnownProxies:0", "nginx.internal", "Proxy:KnownProxies holds something that is not an IP address")]
    [InlineData("OutputCache:SizeLimit", "0", "OutputCache:SizeLimit must be a number of bytes above zero")]
    public async Task AMistakenSetting_StopsTheSiteAtStart_NamingIt(string key, string value, string message)
    {
        // Started as the program starts it, not through WebApplicationFactory: when a host fails to start, the
        // factory was seen, under load, to throw ObjectDisposedException instead (dotnet/aspnetcore#33494).
        await using var site = SiteApplication.Build(
            ["--environment=Production", "--urls=http://127.0.0.1:0", "--Content:PollOnly=true", $"--{key}={value}"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => site.StartAsync());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content:PollInterval", "00:00:00.001")]
    [InlineData("Content:PollInterval", "1.00:00:00")]
    [InlineData("Content:TimeZone", "Asia/Urumqi")]
    [InlineData("Proxy:KnownProxies:0", "10.0.0.5")]
    [InlineData("Proxy:KnownProxies:0", "fd00::5")]
    public async Task ASettingWithinItsLimits_IsAccepted(string key, string value)
    {
        using var site = new SiteFactory { Settings = new Dictionary<string, string> { [key] = value } };

        using var response = await site.CreateClient().GetAsync("/readyz");

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task WithNothingConfigured_NoFactAboutTheDeploymentIsInvented()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();

        using var home = await HtmlPage.GetAsync(client, "/");
        using var accessibility = await HtmlPage.GetAsync(client, "/accessibility");

        Assert.Null(home.QuerySelector(".identity"));
        Assert.Null(home.QuerySelector("link[rel=canonical]"));
        Assert.Null(home.QuerySelector("meta[name=SiteIDCode]"));
        Assert.Contains("请联系报告的发布机关临沭县人民政府", accessibility.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfiguredTimeZone_DecidesWhenADatedReportGoesLive()
    {
        TimeZoneDatabase.Ensure();
        // 10 p.m. in Linshu on 27 March is already 4 a.m. on 28 March on Kiritimati (UTC+14).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 22, 0, 0, TimeSpan.FromHours(8)));
        static void Seed(TempContentFolder folder) =>
            folder.Write("2025-linshu-county.md", ReportMarkdown.WithFields("date: 2026-03-28", year: 2025));

        using var china = new ContentSite(Seed, services => services.AddSingleton<TimeProvider>(clock));
        using var kiritimati = new ContentSite(Seed, services => services.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string> { ["Content:TimeZone"] = "Pacific/Kiritimati" });

        using var notYet = await china.Client.GetAsync("/reports/2025/linshu-county");
        using var already = await kiritimati.Client.GetAsync("/reports/2025/linshu-county");

        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, already.StatusCode);
    }

    [Fact]
    public async Task WithAPublicAddress_StartUpDoesNotWarnAboutIt()
    {
        var sink = new LogCapture();
        using var site = new SiteFactory
        {
            Settings = new Dictionary<string, string> { ["Site:PublicBaseUrl"] = "https://reports.linshu.gov.cn" },
            ReplaceServices = services => services.AddSingleton<Serilog.Core.ILogEventSink>(sink),
        };

        (await site.CreateClient().GetAsync("/healthz")).Dispose();

        Assert.Contains(sink.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).StartsWith("Loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForADeveloper_AFailureShowsWhatWentWrong()
    {
        using var site = new SiteFactory { ReplaceServices = services => services.AddSingleton<ICurrentCatalog, BrokenCatalog>() }
            .WithWebHostBuilder(builder => builder.UseEnvironment("Development"));

        using var response = await site.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(BrokenCatalog.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class BrokenCatalog : ICurrentCatalog
    {
        public const string Message = "the catalog is broken on purpose";

        public ReportCatalog Current => throw new InvalidOperationException(Message);

        public bool IsLoaded => true;
    }
}
