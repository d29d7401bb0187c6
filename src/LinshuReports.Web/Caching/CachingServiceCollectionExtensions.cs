using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>Fingerprinted assets (<c>?v=hash</c>) never change under the same address, so browsers may keep them a year.</summary>
    public const string ImmutableAsset = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddSingleton<PageCache>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Before routing and compression: a stored page needs neither.</summary>
    public static IApplicationBuilder UseStoredPages(this IApplicationBuilder app) =>
        app.UseMiddleware<StoredPageMiddleware>();

    /// <summary>After routing: only requests that reach a Razor page are cached.</summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app) =>
        app.UseMiddleware<PageCacheMiddleware>();

    public static IApplicationBuilder UseCachedStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                    ? ImmutableAsset
                    : "public, max-age=3600";
            },
        });
}
