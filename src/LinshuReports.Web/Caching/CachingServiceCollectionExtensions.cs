using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using LinshuReports.Web.Routing;

namespace LinshuReports.Web.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>Configuration section for the framework's <see cref="OutputCacheOptions"/> (<c>OutputCache:SizeLimit</c>, in bytes).</summary>
    public const string Section = "OutputCache";

    /// <summary>Fingerprinted assets (<c>?v=hash</c>) never change under the same address, so browsers may keep them a year.</summary>
    public const string ImmutableAsset = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddSingleton<PageCachePolicy>();
        services.AddOptions<OutputCacheOptions>()
            // A report page in every reading variant and encoding takes about 0.4 MB: room for several hundred reports.
            .Configure(o =>
            {
                o.SizeLimit = 256L * 1024 * 1024;
                // The key is the path as sent: /Reports/… is an alias to redirect, never the stored /reports/….
                o.UseCaseSensitivePaths = true;
            })
            .BindConfiguration(Section)
            .Validate(o => o.SizeLimit > 0, "OutputCache:SizeLimit must be a number of bytes above zero, e.g. 268435456 (256 MB)")
            .ValidateOnStart();
        services.AddOptions<OutputCacheOptions>()
            .Configure<PageCachePolicy>((o, policy) => o.AddBasePolicy(policy));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            // The Atom feed is cached and compressed like the pages; the framework's list lacks its type.
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml"];
            options.Providers.Add<ContextModelingBrotliProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Right after routing: the cache needs the endpoint to know a page, and nothing else.</summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseOutputCache();

    /// <summary>
    /// Just before the endpoints: a page about to be stored gets its headers, and compression comes after the cache in
    /// request order, so compressed bytes are what is stored and a hit is never compressed again.
    /// </summary>
    public static IApplicationBuilder UsePageStorage(this IApplicationBuilder app) =>
        app.UseMiddleware<StoredPageHeadersMiddleware>()
            .UseResponseCompression();

    /// <summary>
    /// Stylesheet, script and images, each only at its own spelling: <c>/css/site.%63ss</c>, <c>/css//site.css</c> and
    /// <c>/css/./site.css</c> reach the same file, and nginx would store each as a page of its own. They are 404s.
    /// </summary>
    public static IApplicationBuilder UseCachedStaticFiles(this IApplicationBuilder app) =>
        app.UseWhen(RawRequestPath.IsOwnSpelling, files => files.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                    ? ImmutableAsset
                    : "public, max-age=3600";
            },
        }));
}
