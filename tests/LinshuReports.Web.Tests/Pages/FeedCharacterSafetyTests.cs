using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.Web.Tests.Pages;

/// <summary>
/// The feed and the sitemap parse, strictly, whatever the reports hold. The loader refuses characters XML cannot carry;
/// these reports bypass it, as a future path into the catalog might, so that the writers' own defence is what is tested.
/// </summary>
public sealed class FeedCharacterSafetyTests
{
    private const int Seed = 20261202;
    private const string BaseUrl = "https://reports.example.test";

    /// <summary>Every kind of character that once broke the feed or XML, and the ordinary and unusual ones around them.</summary>
    private static readonly string[][] Classes =
    [
        [.. Enumerable.Range(0, 0x20).Select(c => ((char)c).ToString())],
        [.. Enumerable.Range(0x7F, 0x21).Select(c => ((char)c).ToString())],
        [.. Enumerable.Range(0xFDD0, 32).Select(c => ((char)c).ToString()), "\uFFFE", "\uFFFF"],
        [.. Enumerable.Range(1, 16).SelectMany(plane => new[] { char.ConvertFromUtf32((plane << 16) | 0xFFFE), char.ConvertFromUtf32((plane << 16) | 0xFFFF) })],
        ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800"],
        ["<", ">", "&", "\"", "'", "]]>", "<![CDATA[", "<!--", "&#xC;", "&#0;", "&amp;"],
        ["\uFEFF", "\u202E", "\u2028", "\uFFFD", "𠀀", "\U0010FFFD", "\t", "\r", "\n", "\r\n"],
        ["临沭县", "法治政府建设", "，", "。", "a"],
    ];

    /// <summary>XML 1.0 as a feed reader applies it: every character checked, no DTD.</summary>
    private static readonly XmlReaderSettings Strict = new() { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit };

    [Fact]
    public async Task FuzzedTitlesSummariesAndBodies_GiveAFeedAndSitemapThatParseStrictly()
    {
        var random = new Random(Seed);
        var reports = Enumerable.Range(0, 300).Select(i => Fuzzed(i, random)).ToList();
        using var site = new SiteFactory { ReplaceServices = s => s.AddSingleton<ICurrentCatalog>(new FixedCatalog(new ReportCatalog(reports, []))) }
            .WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", BaseUrl));
        using var client = site.CreateClient();

        var feed = await client.GetByteArrayAsync("/feed.xml");
        var sitemap = await client.GetByteArrayAsync("/sitemap.xml");

        ReadStrictly(sitemap);
        ReadStrictly(feed);
        var formatter = new Atom10FeedFormatter();
        formatter.ReadFrom(XmlReader.Create(new MemoryStream(feed), Strict));
        var titles = formatter.Feed.Items.Select(item => item.Title.Text).ToList();
        Assert.Equal(300, titles.Count);
        Assert.All(Enumerable.Range(0, 300), i => Assert.Contains(titles, t => t.StartsWith($"标题{i}：", StringComparison.Ordinal)));
    }

    private static void ReadStrictly(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml), Strict);
        while (reader.Read())
        {
        }
    }

    private static Report Fuzzed(int i, Random random)
    {
        var body = Text(random, 400);
        return new Report(
            new ReportMetadata($"标题{i}：" + Text(random, 30), 1949 + (i % 150), Text(random, 10), "通知公告", $"fuzz-{i}", Summary: i % 2 == 0 ? Text(random, 60) : null),
            [], [], $"{1949 + (i % 150)}-fuzz-{i}.md",
            [new SearchPassage(null, [], body, PassageKind.Body)]);
    }

    private static string Text(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var n = random.Next(pieces); n > 0; n--)
        {
            var kind = Classes[random.Next(Classes.Length)];
            text.Append(kind[random.Next(kind.Length)]);
        }

        return text.ToString();
    }

    private sealed class FixedCatalog(ReportCatalog catalog) : ICurrentCatalog
    {
        public ReportCatalog Current => catalog;

        public bool IsLoaded => true;
    }
}
