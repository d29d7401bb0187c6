using System.Globalization;
using System.Net;
using System.Text;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>
/// Whatever the query holds, a reader gets a Chinese page, never a 5xx: every byte, every kind of Unicode
/// character, noncharacters, broken UTF-8 and UTF-16, percent-signs that escape nothing, and very long queries,
/// in each of the search page's parameters, sent over a real socket exactly as written.
/// </summary>
public sealed class SearchQueryFuzzTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    public static TheoryData<string> Classes() => new(
        "bytes",
        "categories",
        "noncharacters",
        "broken",
        "garbage",
        "long");

    [Theory]
    [MemberData(nameof(Classes))]
    public async Task EveryQueryOfTheClass_AnswersAPage_InEveryParameter(string kind)
    {
        using var client = RawTargetClient.Create();
        var failures = new List<string>();
        foreach (var value in Values(kind))
        {
            foreach (var target in new[] { $"/search?q={value}", $"/search?q=%E6%B3%95{value}%E6%B2%BB", $"/search?q=%E6%B3%95&report={value}", $"/search?q=%E6%B3%95&page={value}", $"/search?{value}=1" })
            {
                using var response = await client.GetRawAsync(site.BaseUrl, target);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || !body.Contains("lang=\"zh-CN\"", StringComparison.Ordinal))
                {
                    failures.Add($"{(int)response.StatusCode} {target[..Math.Min(target.Length, 80)]}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static IEnumerable<string> Values(string kind) => kind switch
    {
        // Every single byte: ASCII, controls, and every byte that cannot start or stand as UTF-8.
        "bytes" => Enumerable.Range(0, 256).Select(b => $"%{b:X2}"),
        // The first few characters of every Unicode general category, from both ends of the code space.
        "categories" => Enumerable.Range(0, 0x110000)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .GroupBy(c => CharUnicodeInfo.GetUnicodeCategory(c))
            .SelectMany(g => g.Take(3).Concat(g.TakeLast(2)))
            .Select(c => Utf8(char.ConvertFromUtf32(c))),
        // U+FFFE was a 500; every noncharacter, alone and in a run.
        "noncharacters" => Enumerable.Range(0xFDD0, 32)
            .Concat(Enumerable.Range(0, 17).SelectMany(plane => new[] { plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF }))
            .Select(c => Utf8(char.ConvertFromUtf32(c)))
            .Append(string.Concat(Enumerable.Repeat("%EF%BF%BE", 200))),
        // Surrogates encoded as UTF-8 (CESU), overlong forms, cut sequences, code points beyond U+10FFFF, %u escapes.
        "broken" => ["%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C0%AF", "%C0%80", "%E0%80%80", "%F0%80%80%80", "%E6%B3", "%E6", "%F4%90%80%80", "%F7%BF%BF%BF", "%FE%FF", "%EF%BB%BF", "%u4E2D", "%uD800", "%uFFFE"],
        // Percent-signs and separators that escape or separate nothing.
        "garbage" => ["%", "%%", "%%%", "%G1", "%1", "%1G", "%%41", "%2", "%ZZ%", "&&&", "==", "q", "%26q%3D%25", "%E6%B3%95%", "+%2B+", "%3B%3B", "%5C%5C", "%2F..%2F..%2F"],
        // Long queries: many characters, many words, many broken characters, just under Kestrel's request-line limit.
        "long" => [
            string.Concat(Enumerable.Repeat("%E6%B3%95", 800)),
            string.Concat(Enumerable.Repeat("%E6%B3%95+", 600)),
            string.Concat(Enumerable.Repeat("%ED%A0%80", 800)),
            string.Concat(Enumerable.Repeat("%F0%A0%80%80", 600)),
            new string('a', 7000),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Utf8(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));
}
