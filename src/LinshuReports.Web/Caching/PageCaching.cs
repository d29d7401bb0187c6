namespace LinshuReports.Web.Caching;

/// <summary>
/// How rendered pages are cached: the site's own <see cref="PageCache"/>, or a rival it is measured against
/// (<c>tests/bench/cache</c> runs the framework's OutputCache in the same place of the same pipeline).
/// </summary>
/// <param name="UseBeforeRouting">Answers from the cache before routing, where nothing the answer needs is missing yet.</param>
/// <param name="Use">Caches after routing, where the endpoint says what a request is.</param>
public sealed record PageCaching(Action<IServiceCollection> AddServices, Action<IApplicationBuilder> UseBeforeRouting, Action<IApplicationBuilder> Use)
{
    public static PageCaching Site { get; } = new(services => services.AddPageCaching(), app => app.UseStoredPages(), app => app.UsePageCaching());
}
