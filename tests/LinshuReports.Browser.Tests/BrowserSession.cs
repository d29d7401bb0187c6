using LinshuReports.TestSupport;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>Chromium and the two sites the browser tests read.</summary>
internal sealed class BrowserSession : IAsyncLifetime
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
}
