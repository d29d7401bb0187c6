using LinshuReports.TestSupport;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// The site on real Kestrel on a free loopback port (a browser cannot reach the in-memory test server),
/// and Debian's chromium driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    private readonly KestrelSite _site = new();
    // With a public address, so that its printed pages carry the QR code and its caption.
    private readonly KestrelSite _richSite = KestrelSite.Serving(
        Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "content-rich"),
        new Dictionary<string, string> { ["Site:PublicBaseUrl"] = "https://baogao.example.gov.cn" });

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>A second site serving sample reports that use every kind of Markdown staff may write.</summary>
    public string RichContentBaseUrl { get; private set; } = string.Empty;

    /// <summary>Where screenshots go for a person to look at: artifacts/screenshots at the repository root.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        MachineTools.Ensure("install-browser", $"Debian's chromium at {ChromiumPath} and CJK fonts", ChromiumPath);
        Directory.CreateDirectory(ScreenshotFolder);

        await _site.InitializeAsync();
        BaseUrl = _site.BaseUrl;
        await _richSite.InitializeAsync();
        RichContentBaseUrl = _richSite.BaseUrl;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
        await _richSite.DisposeAsync();
    }

    public Task<IPage> OpenAsync(string path, string mode, int width) => OpenAsync(path, width, ("reading", $"{mode}.large.black-on-white"));

    /// <summary>A fresh browser context at the given width, with the given reading cookies, on the given page.</summary>
    public Task<IPage> OpenAsync(string path, int width, params (string Name, string Value)[] cookies) =>
        OpenOnAsync(BaseUrl, path, width, cookies);

    public async Task<IPage> OpenOnAsync(string baseUrl, string path, int width, params (string Name, string Value)[] cookies)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = baseUrl }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + path);
        return page;
    }
}

/// <summary>
/// Every browser test shares one chromium and the two sites: starting them is most of a small test's cost. The cases
/// run one at a time, since chromium's renderer and the site already keep both of the machine's cores busy while the
/// other test projects run beside this one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
