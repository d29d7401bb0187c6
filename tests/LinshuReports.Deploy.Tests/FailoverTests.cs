using System.Collections.Concurrent;
using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The loss of an instance is hidden from readers; the loss of every instance still leaves them the stored
/// pages and a Chinese maintenance page (with Retry-After and the site's security headers); and run-local stops
/// everything it started.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class FailoverTests
{
    private const string Report = "/reports/2024/linshu-county";

    /// <summary>Another page nginx's cache keeps.</summary>
    private const string Cached = "/accessibility";

    /// <summary>Never stored, so every request of the load reaches an instance; not search, which limit_req would refuse at this rate.</summary>
    private const string Uncached = "/healthz";

    /// <summary>The load's length: an instance is killed a quarter of the way in, and readers go on well past its restart (2 s).</summary>
    private static readonly TimeSpan LoadTime = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Readers_see_no_error_when_an_instance_is_killed_it_rejoins_and_with_all_down_stored_pages_and_a_maintenance_page_remain()
    {
        using var content = new TempContentFolder();
        content.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));
        var run = await RunLocal.StartAsync(content.Path, instanceCount: 2);
        try
        {
            using var reader = ReaderClient.For(run);
            await KillingOneInstanceUnderLoadCostsNoReaderAnError(run, reader);
            await TheKilledInstanceRejoins(run, reader);
            await WithEveryInstanceStoppedStoredPagesAndAMaintenancePageAreServed(run, reader);
        }
        finally
        {
            await run.DisposeAsync();
        }

        Assert.All(run.ProcessIds, pid => Assert.False(UnixSignal.IsAlive(pid), $"process {pid} outlived run-local"));
    }

    private static async Task KillingOneInstanceUnderLoadCostsNoReaderAnError(RunLocal run, HttpClient reader)
    {
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource(LoadTime);
        var load = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await GetAsBrowserWouldAsync(reader, Uncached);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref served);
                    }
                    else
                    {
                        failures.Enqueue(response.StatusCode.ToString());
                    }
                }
                catch (HttpRequestException error)
                {
                    failures.Enqueue(error.ToString());
                }
            }
        }).ToArray();

        await Task.Delay(LoadTime / 4);
        UnixSignal.Send(run.Instances.First().Value, UnixSignal.Kill);
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.True(served > 100, $"only {served} requests were served in {LoadTime.TotalSeconds} s");
    }

    /// <summary>
    /// nginx ends every HTTP/2 connection gracefully after keepalive_requests (1,000) requests with GOAWAY NO_ERROR;
    /// .NET can fail a request that was in flight on it, where a browser sends it again on a new connection. That is
    /// nginx recycling a connection, not an instance failing, so the request is sent again once, as a browser would.
    /// </summary>
    private static async Task<HttpResponseMessage> GetAsBrowserWouldAsync(HttpClient reader, string path)
    {
        try
        {
            return await reader.GetAsync(path, cookie: null);
        }
        catch (HttpRequestException error) when (EndedGracefully(error))
        {
            return await reader.GetAsync(path, cookie: null);
        }
    }

    private static bool EndedGracefully(Exception? error) =>
        error is not null && (error is HttpProtocolException { ErrorCode: 0 } || EndedGracefully(error.InnerException));

    private static async Task TheKilledInstanceRejoins(RunLocal run, HttpClient reader)
    {
        var victim = run.Instances.First().Key;
        await run.WaitForOutputAsync(l => l.StartsWith($"run-local: instance http://127.0.0.1:{victim} exited", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        // nginx tries a failed instance again after fail_timeout; readers' requests then reach it as before.
        var probe = $"/rejoin-probe-{Guid.NewGuid():N}";
        var rejoined = Task.Run(() => InstanceLogs.WaitForLineAsync(run, probe, victim));
        while (!rejoined.IsCompleted)
        {
            using var response = await reader.GetAsync(probe, cookie: null);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            await Task.Delay(200);
        }

        await rejoined;
    }

    private static async Task WithEveryInstanceStoppedStoredPagesAndAMaintenancePageAreServed(RunLocal run, HttpClient reader)
    {
        using var warmReport = await reader.GetAsync(Report, cookie: null);
        using var warm = await reader.GetAsync(Cached, cookie: null);
        Assert.Equal(HttpStatusCode.OK, warmReport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        var siteHeaders = await SiteHeaders.OfAnInstanceAsync(run);
        foreach (var (port, pid) in run.Instances)
        {
            UnixSignal.Send(pid, UnixSignal.Terminate);
            await run.WaitForOutputAsync(l => l == $"run-local: instance http://127.0.0.1:{port} stopped", TimeSpan.FromSeconds(45));
        }

        // Past the stored page's freshness (1 s in the tests' runs): nginx would ask an instance, finds none, and serves what it has.
        await Task.Delay(RunLocal.ShortTiming + TimeSpan.FromSeconds(1));
        using var report = await reader.GetAsync(Report, cookie: null);
        using var stored = await reader.GetAsync(Cached, cookie: null);
        using var neverStored = await reader.GetAsync(Uncached, cookie: null);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("STALE", report.CacheStatus());
        Assert.Contains(SeedReport.Title, await report.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("STALE", stored.CacheStatus());
        Assert.Contains("无障碍", await stored.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, neverStored.StatusCode);
        var page = await neverStored.Content.ReadAsStringAsync();
        Assert.Contains("网站正在维护", page);
        Assert.DoesNotContain("nginx", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TimeSpan.FromSeconds(30), neverStored.Headers.RetryAfter?.Delta);
        SiteHeaders.AssertCarried(siteHeaders, SiteHeaders.Of(neverStored.Headers.Concat(neverStored.Content.Headers)));
    }
}
