namespace LinshuReports.Browser.Tests;

/// <summary>The strict Content-Security-Policy must never block anything the site itself uses.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ConsoleTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "standard")]
    [InlineData("/", "elder")]
    [InlineData("/reports/2024/linshu-county", "standard")]
    [InlineData("/reports/2024/linshu-county", "elder")]
    [InlineData("/no-such-page", "elder")]
    public async Task Page_LogsNoErrorsAndNoPolicyViolations(string path, string mode)
    {
        var context = await browser.Browser.NewContextAsync();
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "reading", Value = $"{mode}.large.black-on-white", Url = browser.BaseUrl }]);
        var page = await context.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                messages.Add(message.Text);
            }
        };
        page.PageError += (_, error) => messages.Add(error);

        await page.GotoAsync(browser.BaseUrl + path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        // A 404 page logs its own status as a console error in Chromium; that is the page's purpose, not a fault.
        Assert.DoesNotContain(messages, m => !m.Contains("404", StringComparison.Ordinal));
        var stylesheetApplied = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.masthead')).backgroundColor");
        Assert.Equal("rgb(155, 27, 27)", stylesheetApplied);
        await context.CloseAsync();
    }
}
