using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.TestSupport;

/// <summary>The site as it runs in production, optionally over another content folder or with replaced services.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public string? ContentRoot { get; init; }

    public Action<IServiceCollection>? ReplaceServices { get; init; }

    /// <summary>Configuration for this host alone, as environment variables would give it.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True for a test about content changing while the site runs. Other hosts only look, rarely, and hold no inotify
    /// watcher: the suite's many hosts would otherwise outgrow the system's limit (128 per user on Debian).
    /// </summary>
    public bool WatchesContent { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (!WatchesContent)
        {
            builder.UseSetting("Content:PollOnly", "true");
        }

        // Two seconds in production; a test host settles fast so that the suite does not wait, unless it sets its own.
        builder.UseSetting("Content:SettleTime", "00:00:00.3");
        if (ContentRoot is not null)
        {
            builder.UseSetting("Content:Root", ContentRoot);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ReplaceServices is not null)
        {
            builder.ConfigureTestServices(ReplaceServices);
        }
    }

    /// <summary>A client that shows redirects and cookies as they are, rather than following them.</summary>
    public HttpClient CreateRawClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
