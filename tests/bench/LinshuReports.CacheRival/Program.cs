using LinshuReports.Web.Caching;
using LinshuReports.Web.Hosting;
using LinshuReports.Web.ReadingModes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;

// The site with the framework's OutputCache where its own page cache stands, varied by the reading preferences,
// compressed by the framework's response compression at its own default level: the rival tests/bench/cache
// measures the page cache against. The rest of the pipeline is the site's, unchanged.
var caching = new PageCaching(
    services =>
    {
        services.AddPageCaching();
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .With(context => context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .VaryByValue(context => new KeyValuePair<string, string>("reading", ReadingCookie.Format(context.GetReadingPreferences())))
            .Expire(TimeSpan.FromMinutes(5))));
    },
    // No answer before routing: OutputCache decides by the endpoint, so it stands after routing alone.
    _ => { },
    app => app.UseOutputCache());

SiteApplication.Build(args, caching).Run();
