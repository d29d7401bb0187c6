using System.Globalization;
using System.Net;
using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Caching;

/// <summary>What the page cache keeps, and what it refuses to spend on: renders, compression and memory.</summary>
public sealed class PageCacheTests
{
    private const string Report = "/reports/2024/linshu-county";

    private static readonly string?[] Cookies = [null, "reading=elder.xlarge.yellow-on-black", "reading=standard.large.black-on-white.traditional", "reading=elder.xlarge.yellow-on-black.traditional"];

    private static readonly string[] Encodings = ["br", "gzip", "identity"];

    /// <param name="sizeLimit">The byte budget, set as an operator would: <c>OutputCache__SizeLimit</c> in the environment.</param>
    private static (SiteFactory Site, RenderCounter Renders) Site(long? sizeLimit = null, IAsyncPageFilter? filter = null, ICurrentCatalog? catalogs = null)
    {
        var renders = new RenderCounter();
        var site = new SiteFactory
        {
            Settings = sizeLimit is { } limit
                ? new Dictionary<string, string> { ["OutputCache:SizeLimit"] = limit.ToString(CultureInfo.InvariantCulture) }
                : new Dictionary<string, string>(),
            ReplaceServices = services =>
            {
                renders.AddTo(services);
                if (filter is not null)
                {
                    services.Configure<MvcOptions>(options => options.Filters.Add(filter));
                }

                if (catalogs is not null)
                {
                    services.AddSingleton(catalogs);
                }
            },
        };
        return (site, renders);
    }

    /// <summary>Makes the next render of a page answer as a page sometimes must: with another status, type or a cookie.</summary>
    private sealed class OneOddAnswer(Action<HttpResponse> answer) : IAsyncPageFilter
    {
        private int _used;

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (Interlocked.Exchange(ref _used, 1) == 0)
            {
                answer(context.HttpContext.Response);
            }

            return next();
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding = null, string? ifNoneMatch = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        request.Headers.TryAddWithoutValidation("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task ABurstOfRequestsForANewPage_RendersItOnce()
    {
        var (site, renders) = Site();
        using (site)
        {
            var client = site.CreateRawClient();
            var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => client.GetAsync(Report)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Single(responses.Select(r => r.Headers.ETag!.Tag).Distinct());
            Assert.Equal(1, renders.Renders);
        }
    }

    [Fact]
    public async Task EachReadingModeAndEncoding_IsRenderedOnceAndThenServedFromTheCache()
    {
        var (site, renders) = Site();
        using (site)
        {
            var client = site.CreateRawClient();
            var variants = from cookie in Cookies
                           from encoding in Encodings
                           select (cookie, encoding);
            foreach (var (cookie, encoding) in variants)
            {
                using var rendered = await GetAsync(client, Report, encoding, cookie: cookie);
                using var stored = await GetAsync(client, Report, encoding, cookie: cookie);

                Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), await stored.Content.ReadAsByteArrayAsync());
                Assert.Equal(rendered.Headers.ETag, stored.Headers.ETag);
            }

            Assert.Equal(12, renders.Renders);
        }
    }

    [Fact]
    public async Task AReaderWhoHasThePage_Gets304FromTheCacheWithoutARender()
    {
        var (site, renders) = Site();
        using (site)
        {
            var client = site.CreateRawClient();
            using var first = await GetAsync(client, Report, "br");

            using var again = await GetAsync(client, Report, "br", ifNoneMatch: first.Headers.ETag!.Tag);

            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(1, renders.Renders);
        }
    }

    [Fact]
    public async Task PagesBeyondTheSizeLimit_AreServedWholeButRenderedEachTime()
    {
        var (site, renders) = Site(sizeLimit: 10_000);
        using (site)
        {
            var client = site.CreateRawClient();
            using var first = await GetAsync(client, Report, "br");
            using var second = await client.GetAsync(Report);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
            Assert.Equal(2, renders.Renders);
            Assert.Contains("一、", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ABurstOnAPageTooBigToKeep_StillGivesEveryReaderTheWholePage()
    {
        var (site, _) = Site(sizeLimit: 10_000);
        using (site)
        {
            var client = site.CreateRawClient();
            var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => client.GetAsync(Report)));

            foreach (var response in responses)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("一、", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                response.Dispose();
            }
        }
    }

    [Theory]
    [InlineData(StatusCodes.Status503ServiceUnavailable, null)]
    [InlineData(StatusCodes.Status203NonAuthoritative, null)]
    [InlineData(StatusCodes.Status200OK, "text/plain; charset=utf-8")]
    [InlineData(StatusCodes.Status200OK, "application/json")]
    public async Task APageAnsweredWithAnotherStatusOrAsAnotherType_IsSentAsItIsAndNotKept(int status, string? contentType)
    {
        var (site, renders) = Site(filter: new OneOddAnswer(response =>
        {
            response.StatusCode = status;
            response.ContentType = contentType;
        }));
        using (site)
        {
            var client = site.CreateRawClient();
            using var odd = await client.GetAsync(Report);
            using var next = await client.GetAsync(Report);

            Assert.Equal(status, (int)odd.StatusCode);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.StartsWith("text/html", next.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, renders.Renders);
        }
    }

    [Fact]
    public async Task APageThatSetsACookie_IsNeverStored_SoNoOtherReaderGetsTheCookie()
    {
        var (site, renders) = Site(filter: new OneOddAnswer(response => response.Headers.SetCookie = "reading=elder.large.black-on-white; path=/"));
        using (site)
        {
            var client = site.CreateRawClient();
            using var withCookie = await client.GetAsync(Report);
            using var next = await client.GetAsync(Report);
            using var stored = await client.GetAsync(Report);

            Assert.True(withCookie.Headers.Contains("Set-Cookie"));
            Assert.False(next.Headers.Contains("Set-Cookie"));
            Assert.False(stored.Headers.Contains("Set-Cookie"));
            Assert.Equal(2, renders.Renders);
        }
    }

    [Fact]
    public async Task AQueryString_NeitherForcesARender_NorReachesTheStoredPage()
    {
        var (site, renders) = Site();
        using (site)
        {
            var client = site.CreateRawClient();
            using var junk = await client.GetAsync(Report + "?r=%3Cscript%3Ex%3C%2Fscript%3E&return=//evil.example");
            for (var i = 0; i < 20; i++)
            {
                (await client.GetAsync($"{Report}?r={i}")).Dispose();
            }

            using var plain = await client.GetAsync(Report);
            var body = await plain.Content.ReadAsStringAsync();

            Assert.Equal(1, renders.Renders);
            Assert.Equal(plain.Headers.ETag, junk.Headers.ETag);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.DoesNotContain("%3Cscript", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task WhenTheReportsChange_NoStoredPageOfTheOldVersionIsServed()
    {
        using var folder = new TempContentFolder();
        folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(title: "临沭县2023年度依法行政工作报告"));
        using var catalog = new LiveCatalog(folder.Path, TimeSpan.Zero);
        catalog.Reload();
        var (site, renders) = Site(catalogs: catalog);
        using (site)
        {
            var client = site.CreateRawClient();
            using var before = await client.GetAsync("/reports/2023/linshu-county");
            using var storedBefore = await client.GetAsync("/reports/2023/linshu-county");

            folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(title: "临沭县2023年度依法行政工作报告（更正）"));
            Assert.True(catalog.Reload().Changed);
            using var after = await client.GetAsync("/reports/2023/linshu-county");
            using var storedAfter = await client.GetAsync("/reports/2023/linshu-county");

            Assert.DoesNotContain("（更正）", await storedBefore.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("（更正）", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(after.Headers.ETag, storedAfter.Headers.ETag);
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            Assert.Equal(2, renders.Renders);
        }
    }
}
