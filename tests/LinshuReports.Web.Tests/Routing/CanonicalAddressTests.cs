using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Routing;

/// <summary>Each page has one address; every alias routing would accept is a 301 to it, and costs no render.</summary>
public sealed class CanonicalAddressTests : IDisposable
{
    private readonly RenderCounter _renders = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public CanonicalAddressTests()
    {
        _site = new SiteFactory { ReplaceServices = _renders.AddTo };
        _client = _site.CreateRawClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/reports/0002024/linshu-county", "/reports/2024/linshu-county")]
    [InlineData("/reports/+2024/linshu-county", "/reports/2024/linshu-county")]
    [InlineData("/reports/%202024/linshu-county", "/reports/2024/linshu-county")]
    [InlineData("/Reports/2024/linshu-county", "/reports/2024/linshu-county")]
    [InlineData("/reports/2024/LINSHU-County", "/reports/2024/linshu-county")]
    [InlineData("/reports/2024/linshu-county/", "/reports/2024/linshu-county")]
    [InlineData("/ACCESSIBILITY", "/accessibility")]
    [InlineData("/accessibility/", "/accessibility")]
    [InlineData("/Years/02024", "/years/2024")]
    [InlineData("/reports/2024", "/years/2024")]
    [InlineData("/Reports/02024/", "/years/2024")]
    [InlineData("/reports/1999", "/years/1999")]
    [InlineData("/reports/02024/linshu-county?from=wechat", "/reports/2024/linshu-county?from=wechat")]
    public async Task Alias_IsAPermanentRedirectToTheCanonicalAddress_WithoutRendering(string alias, string canonical)
    {
        using var response = await _client.GetAsync(alias);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        Assert.Equal(0, _renders.Renders);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("/years/2024")]
    [InlineData("/accessibility")]
    public async Task CanonicalAddress_IsServedAsItIs(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AThousandDistinctAliases_RenderNothing_AndLeaveTheCachedPagesCached()
    {
        (await _client.GetAsync("/reports/2024/linshu-county")).Dispose();
        (await _client.GetAsync("/accessibility")).Dispose();
        var renders = _renders.Renders;

        for (var i = 0; i < 1000; i++)
        {
            var alias = (i % 4) switch
            {
                0 => $"/reports/{new string('0', i % 50 + 1)}2024/linshu-county",
                1 => "/" + CaseVariant("accessibility", i),
                2 => $"/reports/2024/{CaseVariant("linshu-county", i)}/",
                _ => $"/reports/+{new string('0', i % 40)}2024/linshu-county",
            };
            using var response = await _client.GetAsync(alias);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        }

        (await _client.GetAsync("/reports/2024/linshu-county")).Dispose();
        (await _client.GetAsync("/accessibility")).Dispose();
        Assert.Equal(renders, _renders.Renders);
    }

    /// <summary>A distinct mix of upper and lower case for each <paramref name="seed"/> (never all lower case).</summary>
    private static string CaseVariant(string text, int seed)
    {
        var chars = text.ToCharArray();
        var mask = seed / 4 + 1;
        for (var i = 0; i < chars.Length; i++)
        {
            if ((mask >> (i % 16) & 1) == 1)
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
