using System.Text;
using AngleSharp.Html.Parser;
using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Fuzzing;

/// <summary>
/// Random and mutated report files: parsing never throws, never hangs, and never yields active markup.
/// The seed is fixed so that a failure can be replayed.
/// </summary>
public sealed class PipelineFuzzTests
{
    private const int Seed = 20261127;
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(10);

    private static readonly string[] Fragments =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](java\tscript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)", "<javascript:alert(1)>", "[x]: javascript:alert(1)\n\n[y][x]",
        "<a href=\"javascript:alert(1)\">a</a>", "<style>*{}</style>", "<iframe src=//evil.example>", "<svg><script>alert(1)</script></svg>",
        "---", "title: [", "year: !!binary abc", "&a [x]\n*a", "| a |\n|---|\n| b |", "[^1]\n\n[^1]: note", "```\nunclosed", "> ", "- ", "1. ",
        "# h1", "#### h4", "\u0000", "\uFFFD", "\u202E", "\r", "\t", "](", "[", "*", "_", "`", "\\", "<", "&#x6A;avascript:", "%00",
    ];

    private static readonly string[] Seeds =
    [
        File.ReadAllText(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md")),
        ReportMarkdown.Valid(),
        ReportMarkdown.Valid(body: "## 一、\n\n| 表 | 格 |\n|---|---|\n| 1 | 2 |\n\n- 列表\n  - 子项\n\n> 引用\n\n正文[^1]。\n\n[^1]: 脚注"),
    ];

    public static TheoryData<string, string> PathologicalInputs() => new()
    {
        { "deeply nested quotes", ReportMarkdown.Valid(body: new string('>', 20_000) + " 深") },
        { "deeply nested lists", ReportMarkdown.Valid(body: string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- 项\n"))) },
        { "many open brackets", ReportMarkdown.Valid(body: new string('[', 50_000) + "x" + new string(']', 50_000) + "(y)") },
        { "many emphasis markers", ReportMarkdown.Valid(body: string.Concat(Enumerable.Repeat("*_", 50_000))) },
        { "huge table", ReportMarkdown.Valid(body: "| a |" + string.Concat(Enumerable.Repeat(" b |", 2000)) + "\n|---|\n" + string.Concat(Enumerable.Repeat("| c |\n", 5000))) },
        { "yaml alias bomb", "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: *e\nyear: 2023\npublisher: x\ncategory: y\n---\n\n正文" },
        { "deep yaml", "---\n" + new string('[', 10_000) + "\n---\n\n正文" },
        { "only a fence", "---\n---\n---\n---" },
        { "megabyte line", ReportMarkdown.Valid(body: new string('字', 1_000_000)) },
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public async Task PathologicalInput_IsHandledInTime(string name, string markdown)
    {
        var result = await ParseWithinBoundAsync(Encoding.UTF8.GetBytes(markdown), name);

        AssertInert(result, name);
    }

    [Fact]
    public async Task MutatedReports_NeverThrowHangOrYieldActiveMarkup()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 300; i++)
        {
            var bytes = Mutate(random, Seeds[random.Next(Seeds.Length)]);

            var result = await ParseWithinBoundAsync(bytes, $"mutation {i}");

            AssertInert(result, $"mutation {i}");
        }
    }

    private static async Task<ReportParseResult> ParseWithinBoundAsync(byte[] bytes, string name)
    {
        var parse = Task.Run(() => ReportFileParser.Parse(bytes, "2023-linshu-county.md", ReportMarkdown.EmptyContentRoot));
        var finished = await Task.WhenAny(parse, Task.Delay(TimeBound));
        Assert.True(finished == parse, $"{name} did not finish within {TimeBound.TotalSeconds} s");
        return await parse;
    }

    private static void AssertInert(ReportParseResult result, string name)
    {
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message), name));
        if (result.Report is null)
        {
            Assert.NotEmpty(result.Problems);
            return;
        }

        using var document = new HtmlParser().ParseDocument(result.Report.BodyHtml());
        Assert.Empty(document.Body!.QuerySelectorAll("script, iframe, object, embed, style, svg, form, input, meta, link, base"));
        foreach (var element in document.Body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    Assert.DoesNotContain(SchemeAsBrowsersRead(attribute.Value), ScriptSchemes);
                }
            }
        }
    }

    /// <summary>Schemes that run script or smuggle a document when a reader follows or loads them; the site's own list is not the oracle.</summary>
    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data", "livescript", "mocha"];

    /// <summary>The scheme as the URL standard parses it: leading controls and spaces stripped, tabs and newlines removed anywhere.</summary>
    private static string SchemeAsBrowsersRead(string url)
    {
        var cleaned = new string(url.TrimStart(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray()).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        var match = System.Text.RegularExpressions.Regex.Match(cleaned, "^([A-Za-z][A-Za-z0-9+.-]*):");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : string.Empty;
    }

    private static byte[] Mutate(Random random, string seed)
    {
        var text = new StringBuilder(seed);
        var edits = random.Next(1, 30);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 200), text.Length - at));
                    break;
                case 2:
                    text.Insert(at, (char)random.Next(0, 0x3000));
                    break;
                case 3:
                    text.Insert(at, "\n" + Fragments[random.Next(Fragments.Length)] + "\n");
                    break;
                default:
                    var line = seed.Split('\n')[random.Next(seed.Split('\n').Length)];
                    text.Insert(at, line + "\n");
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(10) == 0 && bytes.Length > 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return bytes;
    }
}
