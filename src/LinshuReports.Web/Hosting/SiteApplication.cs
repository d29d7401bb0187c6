using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using LinshuReports.Content.Catalog;
using LinshuReports.Web.Logging;
using LinshuReports.Web.ReadingModes;
using LinshuReports.Web.Reports;
using LinshuReports.Web.Security;
using LinshuReports.Web.Health;
using LinshuReports.Web.Caching;
using LinshuReports.Web.Routing;

namespace LinshuReports.Web.Hosting;

/// <summary>Composes the site: services first, then the request pipeline in the order requests meet it.</summary>
public static partial class SiteApplication
{
    private const string StatusPagePath = "/status/{0}";
    private const string ErrorPagePath = "/status/500";

    public static WebApplication Build(string[] args)
    {
        var siteRoot = SiteRoot.Find();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Only the web root is set: setting ContentRootPath as well breaks WebApplicationFactory.
            WebRootPath = Path.Combine(siteRoot, "wwwroot"),
        });

        builder.AddSiteLogging();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // On SIGTERM the server stops accepting and lets requests in flight finish: a reader on a slow line
        // downloading an attachment gets the whole file. Longer than a load balancer's usual drain period.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));

        // Scheduled reports go live by this clock; tests replace it to move time through a publication moment.
        builder.Services.AddSingleton(TimeProvider.System);

        // Resolved when first needed, so configuration added by a test host is already in place.
        builder.Services.AddSingleton<IReportStore>(services =>
        {
            var options = services.GetRequiredService<IConfiguration>().GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();
            return new ReportStore(Path.GetFullPath(options.Root, siteRoot), ReportStore.DefaultSettleTime,
                time: services.GetRequiredService<TimeProvider>(), schedule: options.Schedule());
        });
        builder.Services.AddHostedService<ContentLoader>();
        builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.Section));
        builder.Services.AddReadingModes();
        builder.Services.AddSecurityHeaders();
        builder.Services.AddCanonicalAddresses();
        builder.Services.AddPageCaching();
        builder.Services.AddRazorPages();

        // The default encoder writes every Chinese character as an entity, tripling the page's size.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();
        if (PublicBase.Of(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value) is null)
        {
            LogNoPublicBaseUrl(app.Logger);
        }

        app.UseSiteRequestLogging();
        app.UseSecurityHeaders();
        app.UseReadingModes();
        app.UseResponseCompression();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(ErrorPagePath);
        }

        app.UseStatusCodePagesWithReExecute(StatusPagePath);
        app.UseCachedStaticFiles();
        app.UseRouting();
        app.UseCanonicalAddresses();
        app.UsePageCaching();
        app.MapReadingModeSwitch();
        app.MapReportAttachments();
        app.MapHealthEndpoints();
        app.MapRobots();
        app.MapRazorPages().AllowOnlyReading(exceptRoutePrefix: "status/");
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Site:PublicBaseUrl is not set to an absolute http(s) address, so canonical links, Open Graph addresses and the address on printed pages are left out; set it to the site's public address")]
    private static partial void LogNoPublicBaseUrl(ILogger logger);
}
