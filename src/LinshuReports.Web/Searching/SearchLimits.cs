using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LinshuReports.Web.Searching;

/// <summary>
/// The framework's rate limiting middleware with a concurrency limiter on the search page alone
/// (<c>[EnableRateLimiting(SearchLimits.Policy)]</c>): pages, feeds and files are never limited. A refused search
/// is a 429 with Retry-After, shown as the Chinese status page (请稍后再试) by the status code pages.
/// </summary>
public static class SearchLimits
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchLimits(this IServiceCollection services)
    {
        services.AddOptions<SearchLimitOptions>()
            .BindConfiguration(SearchLimitOptions.Section)
            .Validate(o => o.Concurrent >= 1, "SearchLimits:Concurrent must be at least 1")
            .Validate(o => o.Queued >= 0, "SearchLimits:Queued must be 0 or more")
            .Validate(o => o.RetryAfterSeconds >= 1, "SearchLimits:RetryAfterSeconds must be at least 1")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchLimitOptions>>((rateLimiter, limits) =>
        {
            var settings = limits.Value;
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = settings.Concurrent;
                limiter.QueueLimit = settings.Queued;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            var retryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            rateLimiter.OnRejected = (context, _) =>
            {
                // No body here: the status code pages re-execute /status/429, the site's own Chinese page.
                context.HttpContext.Response.Headers.RetryAfter = retryAfter;
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
