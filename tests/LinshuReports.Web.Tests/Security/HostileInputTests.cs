using System.Net;
using System.Text;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Security;

/// <summary>
/// Requests that try to break the site. None may produce a 5xx, a stack trace, a served source file or
/// a reflected script; every redirect stays on the site.
/// </summary>
public sealed class HostileInputTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public sealed record Attack(string Name, string Method, string Url, (string Name, string Value)[] Headers)
    {
        public override string ToString() => Name;
    }

    private static Attack Get(string url, params (string, string)[] headers) => new($"GET {Shorten(url)} {string.Join(" ", headers.Select(h => h.Item1))}", "GET", url, headers);

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    public static TheoryData<Attack> Attacks()
    {
        var attacks = new List<Attack>();

        string[] traversals =
        [
            "/../appsettings.json", "/%2e%2e/appsettings.json", "/%2E%2E%2Fappsettings.json", "/%252e%252e%252fappsettings.json",
            "/..%2f..%2fcontent%2f2024-linshu-county.md", "/css/..%2f..%2fcontent/2024-linshu-county.md", "/css/%2e%2e/%2e%2e/content/2024-linshu-county.md",
            "/..\\..\\appsettings.json", "/%5c..%5c..%5cappsettings.json", "/%c0%ae%c0%ae/appsettings.json", "/%e0%80%ae%e0%80%ae/appsettings.json",
            "/reports/2024/linshu-county/files/..%2f..%2f2024-linshu-county.md", "/reports/2024/linshu-county/files/%2e%2e%5c2024-linshu-county.md",
            "/reports/2024/linshu-county/files/....//....//etc/passwd", "/reports/2024/..%2F..%2Fcontent", "/content/2024-linshu-county.md",
            "/src/LinshuReports.Web/appsettings.json", "/.git/config", "/wwwroot/css/site.css",
            "/etc/passwd", "/..;/appsettings.json", "/reports/2024/linshu-county/files/.env",
        ];
        attacks.AddRange(traversals.Select(t => Get(t)));

        string[] oddPaths =
        [
            "/" + new string('a', 8000), "/reports/" + string.Concat(Enumerable.Repeat("x/", 2000)), "/%F0%9F%98%80", "/%EF%BF%BF", "/%ED%A0%80",
            "/%FF%FE", "/reports/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94/linshu-county", "/reports/2024/linshu-county%E2%80%AE", "/reports/99999999999999999999/x",
            "/reports/-1/linshu-county", "/reports/2024/LINSHU-COUNTY", "/reports/2024/linshu-county/", "/reports/2024/linshu-county//", "//reports/2024/linshu-county",
            "/years/0", "/years/2147483648", "/years/abc", "/status/0", "/status/999", "/status/-500", "/status/2147483647", "/%3Cscript%3Ealert(1)%3C/script%3E",
            "/reports/2024/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/reading-mode/%3Cscript%3E", "/reading-mode/", "/reading-mode/elder/extra",
        ];
        attacks.AddRange(oddPaths.Select(p => Get(p)));

        // Aliases of real pages: each is a 301 to the one canonical address (see CanonicalAddressTests), never a render.
        string[] aliases =
        [
            "/reports/0002024/linshu-county", "/reports/+2024/linshu-county", "/reports/%202024/linshu-county", "/reports/2024%20/linshu-county",
            "/Reports/2024/linshu-county", "/REPORTS/2024/LINSHU-COUNTY/", "/AcCeSsIbIlItY", "/years/+02024/", "/reports/2024/linshu-county/?r=%0d%0aSet-Cookie:x=1",
        ];
        attacks.AddRange(aliases.Select(a => Get(a)));

        string[] queries =
        [
            "/?q=" + new string('x', 100_000), "/?" + string.Join("&", Enumerable.Range(0, 5000).Select(i => $"p{i}={i}")), "/?%00=%00",
            "/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/reports/2024/linshu-county?x=%E2%80%AE", "/?a=%ZZ", "/?=&=&&&", "/?q=%F0%9F%98%80%FF",
        ];
        attacks.AddRange(queries.Select(q => Get(q)));

        string[] cookies =
        [
            "reading-mode=elder", "reading-mode=" + new string('e', 16_000), "reading-mode=%FF%FE", "reading-mode=\"\"\"", "reading-mode=<script>alert(1)</script>",
            "=;=;=;", "reading-mode=elder; reading-mode=standard", new string(';', 4000), "reading-mode=\u00e9lder", "a=b; reading-mode=elder\u0000",
        ];
        attacks.AddRange(cookies.Select(c => Get("/reports/2024/linshu-county", ("Cookie", c))));

        string[] encodings = ["br;q=abc", "gzip;q=-1", "*;q=0", ",,,,", "identity;q=0", new string('x', 8000), "br, br, br, gzip;q=2", "\u0001"];
        attacks.AddRange(encodings.Select(e => Get("/reports/2024/linshu-county", ("Accept-Encoding", e))));

        string[] etags = ["*", "\"\"", "W/", "\"abc", new string('"', 5000), "W/\"x\", \"y\", *", "\u0000", string.Join(", ", Enumerable.Repeat("W/\"x\"", 2000)), "W/W/\"x\""];
        attacks.AddRange(etags.Select(e => Get("/reports/2024/linshu-county", ("If-None-Match", e))));

        attacks.Add(Get("/", ("X-Big", new string('h', 32_000))));
        attacks.Add(Get("/", ("Host", "evil.example")));
        attacks.Add(Get("/", ("X-Forwarded-Host", "evil.example")));
        attacks.Add(Get("/", ("Range", "bytes=0-1,2-3,4-5,6-7")));
        attacks.Add(Get("/reports/2024/linshu-county", ("Range", "bytes=99999999-")));

        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO" })
        {
            foreach (var url in new[] { "/", "/reports/2024/linshu-county", "/reading-mode/elder?return=%2F", "/no-such-page", "/css/site.css" })
            {
                attacks.Add(new Attack($"{method} {url}", method, url, []));
            }
        }

        // A link carries a return address percent-encoded; a hand-made one may not be.
        var redirects = ForeignAddresses.Raw.Select(Uri.EscapeDataString).Concat(ForeignAddresses.Raw.Where(r => !r.Any(char.IsWhiteSpace))).Append("/%2F/evil.example").Distinct();
        string[] switches =
        [
            "/reading-mode/mode/elder", "/reading-mode/mode/standard", "/reading-mode/text-size/xlarge", "/reading-mode/colour-scheme/yellow-on-black",
            "/reading-mode/elder", "/reading-mode/standard",
        ];
        attacks.AddRange(switches.SelectMany(s => redirects.Select(r => Get(s + "?return=" + r))));

        var data = new TheoryData<Attack>();
        foreach (var attack in attacks)
        {
            data.Add(attack);
        }

        return data;
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("TRACE", "/reports/2024/linshu-county")]
    [InlineData("DELETE", "/no-such-page")]
    public async Task NonReadingMethod_Gets405WithAChinesePage(string method, string url)
    {
        using var response = await site.CreateRawClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        using var document = await HtmlPage.ParseAsync(response);

        var expected = url == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.MethodNotAllowed;
        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(document.QuerySelector("h1")?.TextContent));
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task HostileRequest_GetsASafeAnswer(Attack attack)
    {
        using var request = new HttpRequestMessage(new HttpMethod(attack.Method), attack.Url);
        foreach (var (name, value) in attack.Headers)
        {
            if (name == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await site.CreateRawClient().SendAsync(request);
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.True((int)response.StatusCode < 500, $"{attack.Name} → {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("year: 2024", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Serilog\"", body, StringComparison.Ordinal);
        if (response.Headers.Location is { } location)
        {
            var landed = new Uri(new Uri("http://localhost" + attack.Url.Split('?')[0]), location);
            Assert.Equal("localhost", landed.Host);
        }

    }
}
