using System.Diagnostics;
using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>What a clerk publishes shows through nginx's cache within 10 s, and a cached page's expiry sends one
/// request, not the crowd, to the site.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class FreshnessTests(NginxSite site) : IClassFixture<NginxSite>
{
    private const string Added = "/reports/2023/test-town";

    /// <summary>The promise to clerks and readers, measured from the moment the file is written.</summary>
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(10);

    private HttpClient Reader => site.Reader;

    [Fact]
    public async Task An_added_changed_and_deleted_report_each_show_through_the_cache_within_ten_seconds()
    {
        using var warmHome = await Reader.GetAsync("/", cookie: null);
        using var warmMissing = await Reader.GetAsync(Added, cookie: null);

        site.Content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告"));
        await ShowsWithinPromise(Added, page => page.StatusCode == HttpStatusCode.OK);
        await ShowsWithinPromise("/", page => page.Body.Contains("临沭县测试镇2023年度法治政府建设情况报告"));

        using var warm = await Reader.GetAsync(Added, cookie: null);
        site.Content.Write("2023-test-town.md", ReportMarkdown.Valid(title: "临沭县测试镇2023年度法治政府建设情况报告（更正）"));
        await ShowsWithinPromise(Added, page => page.Body.Contains("（更正）"));

        site.Content.Delete("2023-test-town.md");
        await ShowsWithinPromise(Added, page => page.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task When_a_stored_page_expires_one_request_refreshes_it_while_the_others_are_served_the_stored_copy()
    {
        using var warm = await Reader.GetAsync("/accessibility", cookie: null);
        // Past the stored page's freshness (1 s in the tests' runs, 5 s in production).
        await Task.Delay(RunLocal.ShortTiming + TimeSpan.FromSeconds(1));

        var crowd = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var response = await Reader.GetAsync("/accessibility", cookie: null);
            return (response.StatusCode, Status: response.CacheStatus());
        }));

        Assert.All(crowd, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refreshed = crowd.Count(r => r.Status is not ("HIT" or "UPDATING"));
        Assert.True(refreshed <= 1, "requests that reached the site: " + string.Join(", ", crowd.Select(r => r.Status)));
    }

    private async Task ShowsWithinPromise(string path, Func<(HttpStatusCode StatusCode, string Body), bool> shown)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Reader.GetAsync(path, cookie: null);
            if (shown((response.StatusCode, await response.Content.ReadAsStringAsync())))
            {
                return;
            }

            Assert.True(clock.Elapsed < Promise, $"{path} still showed the old version after {clock.Elapsed.TotalSeconds:0.0} s");
            await Task.Delay(250);
        }
    }
}
