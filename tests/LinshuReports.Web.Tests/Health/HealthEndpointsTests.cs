using System.Net;
using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Health;

public sealed class HealthEndpointsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Health_AnswersWithoutRevealingAnything()
    {
        using var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_CountsTheReports()
    {
        using var response = await site.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ready","reports":1}""", body);
    }

    [Fact]
    public async Task Ready_Is503BeforeTheFirstLoad()
    {
        using var factory = new SiteFactory { ReplaceServices = s => s.AddSingleton<ICurrentCatalog>(new NeverLoadedCatalog()) };

        using var response = await factory.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("/", body, StringComparison.Ordinal);
    }

    /// <summary>A catalog whose first load has not finished.</summary>
    private sealed class NeverLoadedCatalog : ICurrentCatalog
    {
        public ReportCatalog Current => ReportCatalog.Empty;

        public bool IsLoaded => false;
    }
}
