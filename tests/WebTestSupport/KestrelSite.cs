using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.TestSupport;

/// <summary>The site on real Kestrel on a free loopback port, for a browser or raw sockets, which cannot reach the in-memory server.</summary>
public sealed class KestrelSite : IAsyncLifetime
{
    /// <summary>The site over the repository's own content (xunit fixtures need one public constructor).</summary>
    public KestrelSite()
        : this(contentRoot: null)
    {
    }

    private KestrelSite(string? contentRoot, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? replaceServices = null) =>
        Factory = new() { ContentRoot = contentRoot, Settings = settings ?? new Dictionary<string, string>(), ReplaceServices = replaceServices };

    public SiteFactory Factory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The address without a trailing slash, ready for "+ path".</summary>
    public string BaseUrl => BaseAddress.GetLeftPart(UriPartial.Authority);

    public Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The site over another content folder, with settings and services of its own if given.</summary>
    public static KestrelSite Serving(string contentRoot, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? replaceServices = null) =>
        new(contentRoot, settings, replaceServices);
}
