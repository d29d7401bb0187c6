using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.TestSupport;

/// <summary>The site running over a throw-away content folder, for tests that add, change and remove files while it runs.</summary>
public sealed class ContentSite : IDisposable
{
    /// <param name="seed">Writes the files the site starts with.</param>
    /// <param name="settings">Configuration for this site alone.</param>
    public ContentSite(Action<TempContentFolder> seed, Action<IServiceCollection>? replaceServices = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        seed(Folder);
        Site = new SiteFactory { ContentRoot = Folder.Path, WatchesContent = true, ReplaceServices = replaceServices, Settings = settings ?? new Dictionary<string, string>() };
        Client = Site.CreateClient();
    }

    public TempContentFolder Folder { get; } = new();

    public SiteFactory Site { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// The page's body once it meets the condition: the site reloads in its own time. Every answer meanwhile must be
    /// the old page or the new one, never a server error.
    /// </summary>
    public Task<string> WaitForAsync(string url, Func<HttpResponseMessage, string, bool> condition) =>
        Eventually.GetAsync(async () =>
        {
            using var response = await Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Xunit.Assert.True((int)response.StatusCode < 500, $"{url} answered {response.StatusCode}");
            return condition(response, body) ? body : null;
        }, () => $"{url} did not change in time");

    public void Dispose()
    {
        Client.Dispose();
        Site.Dispose();
        Folder.Dispose();
    }
}
