using System.Globalization;
using System.Net;
using LinshuReports.TestSupport;
using LinshuReports.Web.Caching;
using LinshuReports.Web.ReadingModes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Caching;

/// <summary>What the page cache keeps, and what it refuses to spend on: renders, compression and memory.</summary>
public sealed class PageCacheTests
{
    private const string Report = "/reports/2024/linshu-county";

    /// <param name="maxBytes">The byte budget, set as an operator would: <c>PageCache__MaxBytes</c> in the environment.</param>
    private static (SiteFactory Site, RenderCounter Renders) Site(long? maxBytes = null, IAsyncPageFilter? filter = null)
    {
        var renders = new RenderCounter();
        var site = new SiteFactory
        {
            Settings = maxBytes is { } max
                ? new Dictionary<string, string> { ["PageCache:MaxBytes"] = max.ToString(CultureInfo.InvariantCulture) }
                : new Dictionary<string, string>(),
            ReplaceServices = services =>
            {
                renders.AddTo(services);
                if (filter is not null)
                {
                    services.Configure<MvcOptions>(options => options.Filters.Add(filter));
                }
            },
        };
        return (site, renders);
    }

    /// <summary>Makes the next render of a page answer as a page sometimes must: with another status or type.</summary>
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

    private static PageCache.Generation Cache(SiteFactory site) => site.Services.GetRequiredService<PageCache>().Current;

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
    public async Task PagesBeyondTheByteBudget_AreServedButNeitherStoredNorCompressedByTheCache()
    {
        var (site, renders) = Site(maxBytes: 10_000);
        using (site)
        {
            var client = site.CreateRawClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, Report);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
            using var first = await client.SendAsync(request);
            using var second = await client.GetAsync(Report);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Null(first.Headers.ETag);
            Assert.Equal(0, Cache(site).Count);
            Assert.Equal(0, Cache(site).Bytes);
            Assert.Equal(2, renders.Renders);
            Assert.Contains("一、", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ABurstOnAPageTooBigToKeep_StillGivesEveryReaderTheWholePage()
    {
        var (site, _) = Site(maxBytes: 10_000);
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
            Assert.Null(odd.Headers.ETag);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.StartsWith("text/html", next.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, renders.Renders);
        }
    }

    [Fact]
    public async Task TheByteBudget_CountsEveryEncodingOfEveryStoredPage()
    {
        var (site, _) = Site();
        using (site)
        {
            var client = site.CreateRawClient();
            (await client.GetAsync("/")).Dispose();
            (await client.GetAsync(Report)).Dispose();

            var cache = Cache(site);
            Assert.Equal(2, cache.Count);
            Assert.True(cache.TryGet(Report, ReadingPreferences.Default, out var report));
            Assert.True(cache.TryGet("/", ReadingPreferences.Default, out var home));
            Assert.Equal(report.Size + home.Size, cache.Bytes);
            Assert.Equal(report.Identity.Length + report.Brotli.Length + report.Gzip.Length, report.Size);
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

    [Theory]
    [InlineData("\"{0}\"", true)]
    [InlineData("W/\"{0}-br\"", true)]
    [InlineData("\"other\", \"{0}-gz\"", true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("\"{0}-zz\"", false)]
    [InlineData("\"{0}", false)]
    [InlineData("", false)]
    public void IfNoneMatch_NamesThePageInAnyEncoding(string header, bool named)
    {
        var page = new RenderedPage("text/html", "<p>报告</p>"u8.ToArray());

        Assert.Equal(named, page.IsNamedBy([string.Format(System.Globalization.CultureInfo.InvariantCulture, header, page.Tag)]));
    }
}
