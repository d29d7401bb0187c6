using Microsoft.Extensions.Options;
using LinshuReports.Content.Catalog;

namespace LinshuReports.Web.Hosting;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content settings, bound and checked the same way for the site and for <c>check</c>.</summary>
    public static IServiceCollection AddContentOptions(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root), "Content:Root is empty; set it to the folder of report files")
            .Validate(o => o.HasKnownTimeZone, "Content:TimeZone is not a time zone this machine knows; use an IANA id such as Asia/Shanghai")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromDays(1), "Content:PollInterval must be more than zero and at most a day, e.g. 00:00:05")
            .Validate(o => o.SettleTime >= TimeSpan.Zero && o.SettleTime <= TimeSpan.FromMinutes(1), "Content:SettleTime must be between zero and a minute, e.g. 00:00:02")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The catalog pages read, and the loader that keeps it current with the content folder.</summary>
    public static IServiceCollection AddContentCatalog(this IServiceCollection services)
    {
        services.AddContentOptions();

        // Resolved when first needed, so configuration added by a test host is already in place.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
            // A mode of the site may register its own schedule: the preview shows drafts and scheduled reports too.
            return new LiveCatalog(options.FullRoot, options.SettleTime,
                time: provider.GetRequiredService<TimeProvider>(), schedule: provider.GetService<PublicationSchedule>() ?? options.Schedule());
        });
        services.AddSingleton<ICurrentCatalog>(provider => provider.GetRequiredService<LiveCatalog>());
        services.AddHostedService<ContentLoader>();
        return services;
    }
}
