using System.Security.Cryptography;
using LinshuReports.Content.Catalog;
using LinshuReports.Web.Caching;
using LinshuReports.Web.ReadingModes;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Tests.Caching;

/// <summary>
/// One generation of stored pages: dropped whole when the reports change, a single render for a burst on a missing
/// page, and a byte budget that is never overspent.
/// </summary>
public sealed class PageCacheGenerationTests
{
    private const string Home = "/";
    private static readonly ReadingPreferences Standard = ReadingPreferences.Default;
    private static readonly ReadingPreferences Elder = Standard with { Mode = ReadingMode.Elder };
    private static readonly byte[] Body = "<p>临沭县法治政府建设报告</p>"u8.ToArray();

    private sealed class ReloadableCatalog : ICurrentCatalog
    {
        public ReportCatalog Current { get; set; } = new([], []);

        public bool IsLoaded => true;
    }

    private static PageCache Cache(ICurrentCatalog catalogs, long maxBytes = 64 * 1024 * 1024) =>
        new(catalogs, Options.Create(new PageCacheOptions { MaxBytes = maxBytes }));

    [Fact]
    public void WhileTheReportsStayTheSame_EveryRequestSharesOneGeneration()
    {
        var catalogs = new ReloadableCatalog();
        var cache = Cache(catalogs);

        var first = cache.Current;
        first.TryStore(Home, Standard, "text/html", Body);

        Assert.Same(catalogs.Current, first.Catalog);
        Assert.Same(first, cache.Current);
        Assert.True(cache.Current.TryGet(Home, Standard, out _));
    }

    [Fact]
    public void WhenTheReportsAreReloaded_NoPageOfTheOldVersionIsServed()
    {
        var catalogs = new ReloadableCatalog();
        var cache = Cache(catalogs);
        var old = cache.Current;
        old.TryStore(Home, Standard, "text/html", Body);

        catalogs.Current = new ReportCatalog([], []);
        var fresh = cache.Current;

        Assert.NotSame(old, fresh);
        Assert.Same(catalogs.Current, fresh.Catalog);
        Assert.False(fresh.TryGet(Home, Standard, out _));
        Assert.Equal(0, fresh.Count);
        Assert.Equal(0, fresh.Bytes);
        Assert.Same(fresh, cache.Current);
    }

    [Fact]
    public void RequestsThatMeetAReloadTogether_AllGetTheSameNewGeneration()
    {
        // Two requests that both notice the reload race to install a generation; the loser must take the winner's,
        // or the pages it stores go to a generation nobody reads and are rendered again.
        var catalogs = new ReloadableCatalog();
        var cache = Cache(catalogs);
        const int Readers = 4;
        using var start = new Barrier(Readers);
        for (var reload = 0; reload < 200; reload++)
        {
            catalogs.Current = new ReportCatalog([], []);
            var seen = new PageCache.Generation[Readers];
            var threads = Enumerable.Range(0, Readers).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = cache.Current;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(seen, generation => Assert.Same(cache.Current, generation));
        }
    }

    [Fact]
    public async Task RequestsArrivingWhileAPageRenders_GetThatRender()
    {
        var generation = Cache(new ReloadableCatalog()).Current;

        Assert.Null(generation.JoinRendering(Home, Standard, out var owner));
        var waiting = generation.JoinRendering(Home, Standard, out _);
        Assert.NotNull(waiting);
        Assert.False(waiting.IsCompleted);

        var page = new RenderedPage("text/html", Body);
        generation.EndRendering(Home, Standard, owner, page);

        Assert.Same(page, await waiting);
    }

    [Fact]
    public void AnotherPageOrAnotherMode_RendersOnItsOwn()
    {
        var generation = Cache(new ReloadableCatalog()).Current;

        Assert.Null(generation.JoinRendering(Home, Standard, out _));

        Assert.Null(generation.JoinRendering(Home, Elder, out _));
        Assert.Null(generation.JoinRendering("/reports/2024/linshu-county", Standard, out _));
    }

    [Fact]
    public async Task AfterARenderThatWasNotKept_TheNextRequestRendersAfresh()
    {
        var generation = Cache(new ReloadableCatalog()).Current;
        Assert.Null(generation.JoinRendering(Home, Standard, out var owner));
        var waiting = generation.JoinRendering(Home, Standard, out _)!;

        generation.EndRendering(Home, Standard, owner, page: null);

        Assert.Null(await waiting);
        Assert.Null(generation.JoinRendering(Home, Standard, out _));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void APage_IsKeptOnlyIfItsLargestPossibleSizeFitsTheBudget(long slack, bool kept)
    {
        var generation = Cache(new ReloadableCatalog(), RenderedPage.MaxSizeOf(Body.Length) + slack).Current;

        var page = generation.TryStore(Home, Standard, "text/html", Body);

        Assert.Equal(kept, page is not null);
        Assert.Equal(kept, generation.TryGet(Home, Standard, out _));
        Assert.Equal(page?.Size ?? 0, generation.Bytes);
    }

    [Fact]
    public void APageRefusedForLackOfRoom_LeavesTheBudgetAsItWas()
    {
        var budget = RenderedPage.MaxSizeOf(Body.Length) + 100;
        var generation = Cache(new ReloadableCatalog(), budget).Current;
        var kept = generation.TryStore(Home, Standard, "text/html", Body)!;

        Assert.Null(generation.TryStore(Home, Elder, "text/html", Body));

        Assert.Equal(kept.Size, generation.Bytes);
        Assert.Equal(1, generation.Count);
        Assert.False(generation.TryGet(Home, Elder, out _));
    }

    [Fact]
    public void StoringThePageTwice_CountsItOnce()
    {
        var generation = Cache(new ReloadableCatalog()).Current;

        var first = generation.TryStore(Home, Standard, "text/html", Body)!;
        generation.TryStore(Home, Standard, "text/html", Body);

        Assert.Equal(1, generation.Count);
        Assert.Equal(first.Size, generation.Bytes);
        Assert.True(generation.TryGet(Home, Standard, out var stored));
        Assert.Same(first, stored);
    }

    /// <summary>Random bytes do not compress, so Brotli and gzip each add their framing: the worst case.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(100_000)]
    public void ThePageSizeReservedBeforeCompressing_IsNeverLessThanWhatIsStored(int length)
    {
        var page = new RenderedPage("text/html", RandomNumberGenerator.GetBytes(length));

        Assert.InRange(page.Size, 3L * length, RenderedPage.MaxSizeOf(length));
    }
}
