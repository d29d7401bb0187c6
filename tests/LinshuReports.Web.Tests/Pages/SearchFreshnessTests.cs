using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>Search sees exactly the reports the site serves: a new report is found as soon as its page is served, a removed one is gone with it.</summary>
public sealed class SearchFreshnessTests : IDisposable
{
    private const string Phrase = "独一无二的检索短语";
    private const string Url = "/reports/2025/linshu-county";

    private readonly ContentSite _live = new(folder => folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024)));

    public void Dispose() => _live.Dispose();

    [Fact]
    public async Task AnAddedReport_IsFoundOnceServed_AndARemovedOneIsGoneWithItsPage()
    {
        Assert.Equal(0, await ResultsAsync());

        _live.Folder.Write("2025-linshu-county.md", ReportMarkdown.Valid(year: 2025, body: $"## 一、总体情况\n\n今年的{Phrase}。\n"));
        await WaitForStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, await ResultsAsync());

        _live.Folder.Delete("2025-linshu-county.md");
        await WaitForStatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await ResultsAsync());
    }

    private async Task<int> ResultsAsync()
    {
        using var document = await HtmlPage.GetAsync(_live.Client, "/search?q=" + Uri.EscapeDataString(Phrase));
        return document.QuerySelectorAll(".search-result").Length;
    }

    private async Task WaitForStatusAsync(HttpStatusCode status) => await _live.WaitForAsync(Url, (response, _) => response.StatusCode == status);
}
