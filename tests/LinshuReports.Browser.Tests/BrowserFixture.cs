using LinshuReports.TestSupport;
using Microsoft.Playwright;

namespace LinshuReports.Browser.Tests;

/// <summary>
/// The site on real Kestrel on a free loopback port (a browser cannot reach the in-memory test server),
/// and Debian's chromium driven by Playwright. Playwright never downloads a browser here. One per test run, shared by
/// the test collections: each collection's fixture takes it (started by the first) and gives it back (closed by the last).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim Sharing = new(1, 1);
    private static BrowserSession? _session;
    private static int _users;

    private BrowserSession? _held;

    private BrowserSession Session => _held ?? throw new InvalidOperationException("The browser is not started");

    public IBrowser Browser => Session.Browser;

    public string BaseUrl => Session.BaseUrl;

    /// <inheritdoc cref="BrowserSession.RichContentBaseUrl"/>
    public string RichContentBaseUrl => Session.RichContentBaseUrl;

    /// <inheritdoc cref="BrowserSession.ScreenshotFolder"/>
    public string ScreenshotFolder => Session.ScreenshotFolder;

    public async Task InitializeAsync()
    {
        await Sharing.WaitAsync();
        try
        {
            if (_session is null)
            {
                var session = new BrowserSession();
                await session.InitializeAsync();
                _session = session;
            }

            _users++;
            _held = _session;
        }
        finally
        {
            Sharing.Release();
        }
    }

    public async Task DisposeAsync()
    {
        await Sharing.WaitAsync();
        try
        {
            if (--_users == 0 && _session is not null)
            {
                await _session.DisposeAsync();
                _session = null;
            }
        }
        finally
        {
            Sharing.Release();
        }
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
/// The browser tests but axe's: their cases run one at a time, beside the accessibility collection, so that the run
/// keeps two pages in flight, one per core, sharing one chromium and the two sites.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>axe on every page in every setting: about half the browser tests' time, so a collection of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "accessibility";
}
