namespace LinshuReports.Web.Caching;

/// <summary>
/// How rendered pages are cached: the site's own <see cref="PageCache"/>, or a rival it is measured against
/// (<c>tests/bench/cache</c> runs the framework's OutputCache in the same place of the same pipeline).
/// </summary>
public sealed record PageCaching(Action<IServiceCollection> AddServices, Action<IApplicationBuilder> Use)
{
    public static PageCaching Site { get; } = new(services => services.AddPageCaching(), app => app.UsePageCaching());
}
