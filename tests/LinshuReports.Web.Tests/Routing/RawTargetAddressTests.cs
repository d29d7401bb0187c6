using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Routing;

/// <summary>
/// Spellings of a page that the server decodes or normalises before routing (percent-encoded letters, dot
/// segments) are told apart by the request target as sent: each is a 301 to the canonical address or a 404,
/// never the page itself (not even once the page is stored), which nginx would store under every spelling. Sent over
/// a real socket, as written.
/// </summary>
public sealed class RawTargetAddressTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private const string Report = "/reports/2024/linshu-county";

    [Theory]
    [InlineData("/reports/2024/%6Cinshu-county")]
    [InlineData("/reports/2024/linshu%2Dcounty")]
    [InlineData("/reports/2024/linshu%2dcounty")]
    [InlineData("/reports/%32024/linshu-county")]
    [InlineData("/reports/%3202%34/linshu-county")]
    [InlineData("/%72eports/2024/linshu-county")]
    [InlineData("/reports/2024/x/../linshu-county")]
    [InlineData("/reports/2024/./linshu-county")]
    [InlineData("/./reports/2024/linshu-county")]
    [InlineData("/reports/2024/x/%2E%2E/linshu-county")]
    [InlineData("/reports/2024/%2e/linshu-county")]
    [InlineData("/reports/2024/linshu-county/.")]
    [InlineData("/reports/2024/linshu-county/x/..")]
    [InlineData("/x/../reports/2024/linshu-county")]
    [InlineData("/%72%65%70%6F%72%74%73/%32%30%32%34/%6C%69%6E%73%68%75%2D%63%6F%75%6E%74%79")]
    public async Task AnEncodedOrDotSegmentSpelling_IsAPermanentRedirectToTheCanonicalAddress(string spelling)
    {
        using var client = RawTargetClient.Create();
        using var stored = await client.GetRawAsync(site.BaseUrl, Report);

        using var response = await client.GetRawAsync(site.BaseUrl, spelling + "?from=wechat");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Report + "?from=wechat", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Report)]
    [InlineData("/years/2024")]
    [InlineData("/accessibility")]
    [InlineData("/search")]
    [InlineData("/sitemap")]
    [InlineData("/robots.txt")]
    [InlineData("/css/site.css")]
    public async Task EverySpellingWithOneCharacterEncoded_IsARedirectOrA404_NeverThePage(string canonical)
    {
        using var client = RawTargetClient.Create();
        var failures = new List<string>();
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(site.BaseUrl, canonical));

        foreach (var spelling in Spellings(canonical))
        {
            using var response = await client.GetRawAsync(site.BaseUrl, spelling);
            var redirected = response.StatusCode == HttpStatusCode.MovedPermanently && response.Headers.Location?.OriginalString == canonical;
            if (!redirected && response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{(int)response.StatusCode} {spelling} → {response.Headers.Location}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("/reports/2024/linshu-county%2F")]
    [InlineData("/reports/2024/linshu-county%2f")]
    [InlineData("/reports/2024/linshu-county%C0%AF")]
    [InlineData("/reports/2024/linshu%2Fcounty")]
    [InlineData("/reports/2024/LINSHU-COUNTY%2F")]
    [InlineData("/reports/2024/no-such-report")]
    [InlineData("/reports/2024/No-Such-Report")]
    [InlineData("/reports/02024/no-such-report/")]
    [InlineData("/reports/1999/linshu-county")]
    public async Task ASpellingWhoseCanonicalFormIsNoPage_IsA404AtOnce(string spelling)
    {
        using var client = RawTargetClient.Create();

        using var response = await client.GetRawAsync(site.BaseUrl, spelling);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/css/site.%63ss")]
    [InlineData("/css/site%2Ecss")]
    [InlineData("/%63ss/site.css")]
    [InlineData("/css//site.css")]
    [InlineData("//css/site.css")]
    [InlineData("/css/./site.css")]
    [InlineData("/css/x/../site.css")]
    [InlineData("/css/%2E/site.css")]
    [InlineData("/css/site.%63ss?v=1")]
    public async Task AStaticFile_AnswersOnlyAtItsOwnSpelling(string spelling)
    {
        using var client = RawTargetClient.Create();
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(site.BaseUrl, "/css/site.css"));

        using var response = await client.GetRawAsync(site.BaseUrl, spelling);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("//evil.example/reports/2024/linshu-county")]
    [InlineData("//evil.example/%2E%2E/reports/2024/linshu-county")]
    [InlineData("/reports/2024/linshu-county/..//evil.example")]
    [InlineData("/.//evil.example")]
    [InlineData("/x/..//evil.example")]
    [InlineData("///evil.example/")]
    [InlineData("/%2Fevil.example/")]
    public async Task NoSpelling_RedirectsToAnotherSite(string spelling)
    {
        using var client = RawTargetClient.Create();

        using var response = await client.GetRawAsync(site.BaseUrl, spelling);

        var location = response.Headers.Location?.OriginalString;
        Assert.True(location is null || location == "/" || (location[0] == '/' && location[1] is not ('/' or '\\')), $"{(int)response.StatusCode} to {location}");
        Assert.DoesNotContain("evil", location ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Each character but the leading slash encoded in turn (upper and lower case hex), and a dot segment at each slash.</summary>
    private static IEnumerable<string> Spellings(string canonical)
    {
        for (var i = 0; i < canonical.Length; i++)
        {
            foreach (var format in i == 0 ? [] : new[] { "X2", "x2" })
            {
                yield return canonical[..i] + "%" + ((int)canonical[i]).ToString(format, null) + canonical[(i + 1)..];
            }

            if (canonical[i] == '/')
            {
                yield return canonical[..i] + "/." + canonical[i..];
                yield return canonical[..i] + "/x/.." + canonical[i..];
                yield return canonical[..i] + "/%2E" + canonical[i..];
                yield return canonical[..i] + "/x/%2e%2E" + canonical[i..];
            }
        }
    }
}
