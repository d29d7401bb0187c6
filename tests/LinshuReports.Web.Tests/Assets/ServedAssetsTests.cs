using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LinshuReports.TestSupport;
using Microsoft.AspNetCore.WebUtilities;
using NUglify;

namespace LinshuReports.Web.Tests.Assets;

/// <summary>
/// The stylesheets and script in wwwroot, as the site serves them: minified, every rule of the source still there, and
/// each page's versioned address naming exactly the bytes served.
/// </summary>
public sealed partial class ServedAssetsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static string Source(string url) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "wwwroot", url.TrimStart('/')));

    private async Task<string> ServedAsync(string url)
    {
        using var response = await site.CreateRawClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/elder.css")]
    [InlineData("/css/print.css")]
    [InlineData("/js/read-aloud.js")]
    public async Task EachFile_MinifiesWithoutAnError_AndIsServedMinified(string url)
    {
        var source = Source(url);
        var result = url.EndsWith(".css", StringComparison.Ordinal) ? Uglify.Css(source) : Uglify.Js(source);

        var served = await ServedAsync(url);

        Assert.False(result.HasErrors, string.Join("; ", result.Errors));
        Assert.Equal(result.Code, served);
        Assert.True(served.Length < source.Length * 0.8, $"{served.Length} characters served of {source.Length}");
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/elder.css")]
    [InlineData("/css/print.css")]
    public async Task EachStylesheet_KeepsEverySelectorAndEveryDeclaredProperty(string url)
    {
        var source = Comment().Replace(Source(url), "");

        var served = await ServedAsync(url);

        Assert.DoesNotContain("/*", served, StringComparison.Ordinal);
        Assert.Empty(Preludes(source).Except(Preludes(served)));
        Assert.Equal(Properties(source), Properties(served));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("elder")]
    public async Task EachVersionedAddress_NamesTheMinifiedBytesServed(string mode)
    {
        using var page = await HtmlPage.GetAsync(site.CreateClient(), "/reports/2024/linshu-county", mode);
        var addresses = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();

        Assert.Equal(mode == "elder" ? 4 : 3, addresses.Count);
        foreach (var address in addresses)
        {
            using var response = await site.CreateRawClient().GetAsync(address);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(WebEncoders.Base64UrlEncode(SHA256.HashData(bytes)), address.Split("?v=")[1]);
            Assert.True(bytes.Length < Source(address.Split('?')[0]).Length, $"{address}: {bytes.Length} bytes, no fewer than its source");
        }
    }

    /// <summary>Selectors and at-rule preludes, spelled without white space or quotes, which minifying may drop.</summary>
    private static HashSet<string> Preludes(string css) =>
        Prelude().Matches(css).Select(m => Unspaced().Replace(m.Groups[1].Value, "")).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each property name as often as it is declared.</summary>
    private static List<string> Properties(string css) =>
        [.. Property().Matches(css).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"([^{};]+)\{")]
    private static partial Regex Prelude();

    [GeneratedRegex(@"[\s""']+")]
    private static partial Regex Unspaced();

    [GeneratedRegex(@"(?<=[{;])\s*(--?[a-zA-Z][-a-zA-Z0-9]*|[a-zA-Z][-a-zA-Z0-9]*)\s*:[^;{}]*(?=[;}])")]
    private static partial Regex Property();
}
