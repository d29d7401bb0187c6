using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using LinshuReports.Content.Loading;
using LinshuReports.Web.Assets;
using LinshuReports.Web.Logging;
using LinshuReports.Web.ReadingModes;
using LinshuReports.Web.Reports;
using LinshuReports.Web.Security;
using LinshuReports.Web.Health;
using LinshuReports.Web.Caching;
using LinshuReports.Web.Routing;
using LinshuReports.Web.Searching;
using LinshuReports.Traditional;
using LinshuReports.Web.Traditional;

namespace LinshuReports.Web.Hosting;

/// <summary>Composes the site: services first, then the request pipeline in the order requests meet it.</summary>
public static partial class SiteApplication
{
    private const string StatusPagePath = "/status/{0}";
    private const string ErrorPagePath = "/status/500";
    private const string NoSettingsReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>The host with the site's configuration (settings files, environment, command line) and nothing else yet.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Settings are read once, at start, as the environment's are: reloading a settings file would take an
            // inotify watcher per file, and where the user's watchers are used up the host would not start at all.
            Args = [NoSettingsReload, .. args],
            ApplicationName = typeof(SiteApplication).Assembly.GetName().Name,
            // Only the web root is set: setting ContentRootPath as well breaks WebApplicationFactory.
            WebRootPath = WebRoot(),
        });

    /// <summary>Null where there is none (linshu serves the copy inside it): ASP.NET Core would create an empty folder beside the program.</summary>
    private static string? WebRoot() =>
        Path.Combine(SiteRoot.Find(), "wwwroot") is var folder && Directory.Exists(folder) ? folder : null;

    /// <param name="mode">
    /// The one hook for running the site otherwise than as the public site (the clerk's preview, in linshu): services
    /// added after the site's own, so that they win; middleware it needs comes in as an <see cref="IStartupFilter"/>.
    /// </param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? mode = null)
    {
        var builder = CreateBuilder(args);
        builder.AddSiteLogging();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // Scheduled reports go live by this clock; tests replace it to move time through a publication moment.
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddContentCatalog();
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        builder.Services.AddProxySupport();
        builder.Services.AddSecurityHeaders();
        builder.Services.AddCanonicalAddresses();
        builder.Services.AddThrottledExceptionHandler(ErrorPagePath);
        builder.Services.AddSearchLimits();
        builder.Services.AddSingleton<ScriptConverters>();
        builder.Services.AddPageCaching();
        builder.Services.AddRazorPages();

        // The default encoders write every Chinese character as an entity, tripling the page's size.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        mode?.Invoke(builder.Services);

        var app = builder.Build();
        // Versioned asset addresses (asp-append-version) watch their files; polling them (a look every 4 s) needs
        // no inotify watcher, which the system may refuse (fs.inotify.max_user_instances), failing every render.
        // Stylesheets and scripts are served, and versioned, minified.
        if (Directory.Exists(app.Environment.WebRootPath))
        {
            app.Environment.WebRootFileProvider = new MinifiedWebRoot(
                new PhysicalFileProvider(app.Environment.WebRootPath) { UsePollingFileWatcher = true, UseActivePolling = true });
        }

        if (PublicBase.Of(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value) is null)
        {
            LogNoPublicBaseUrl(app.Logger);
        }

        // The site's own middleware are conventional classes, built once: an IMiddleware is resolved from the
        // request's services, which gives every request, cached pages included, a DI scope (tests/bench/README.md).
        app.UseForwardedHeaders();
        app.UseSiteRequestLogging();
        app.UseSecurityHeaders();
        app.UseReadingModes();
        // In Development, WebApplication itself puts the developer exception page first in the pipeline.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }

        app.UseStatusCodePagesWithReExecute(StatusPagePath);
        app.UseRouting();

        // A stored page is answered here, before anything below, which only a render needs. The key is the path as
        // the reader sent it, so any other spelling of an address misses and is redirected by canonical addresses.
        app.UsePageCache();
        app.UseCanonicalAddresses();

        // Razor Pages registers authentication and authorization, and unless the pipeline places them WebApplication
        // puts both in front of every request, cached pages included. No page requires either.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePageStorage();
        // Inside compression and the cache: a page is converted once, then compressed and stored in 繁體.
        app.UseMiddleware<TraditionalPageMiddleware>();
        app.UseCachedStaticFiles();
        // After the cache: a cached page never meets the limiter, which only searches (never cached) need.
        app.UseRateLimiter();
        app.MapReadingModeSwitch();
        app.MapReportAttachments();
        app.MapHealthEndpoints();
        app.MapRobots();
        app.MapYearAddress();
        app.MapRazorPages().AllowOnlyReading(exceptRoutePrefix: "status/");
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Site:PublicBaseUrl is not set to an absolute http(s) address, so canonical links, Open Graph addresses and the address on printed pages are left out; set it to the site's public address")]
    private static partial void LogNoPublicBaseUrl(ILogger logger);
}
