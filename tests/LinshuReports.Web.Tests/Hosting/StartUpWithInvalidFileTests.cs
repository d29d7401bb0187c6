using System.Net;
using System.Xml;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>
/// The site starting over a content folder that already holds a file which used to stop start-up (exit 134, so a
/// crash loop under systemd): it starts, serves, searches and lists the other report, and refuses that one.
/// </summary>
public sealed class StartUpWithInvalidFileTests
{
    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.Characters);

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public async Task WithANamedPipeOrSocketForAReport_TheSiteStarts_ServesTheOtherReport_AndIsReady(string kind)
    {
        IDisposable? special = null;
        // Started off the test's thread, so a start-up that hangs on the pipe (as it did) fails the test instead of the run.
        using var site = await Task.Run(() => new ContentSite(folder =>
        {
            folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n已发布的正文。\n"));
            special = SpecialFiles.Make(kind, Path.Combine(folder.Path, "2023-x.md"));
        })).WaitAsync(Eventually.DefaultPatience);
        using (special)
        {
            using var published = await site.Client.GetAsync("/reports/2024/linshu-county");
            using var ready = await site.Client.GetAsync("/readyz");

            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task TheSiteStarts_AndServesTheOtherReport(HostileReports.HostileFile hostile)
    {
        using var site = new ContentSite(
            folder =>
            {
                folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, title: "临沭县2024年度依法行政工作报告", body: "## 一、总体情况\n\n已发布的正文。\n"));
                folder.Write("2023-linshu-county.md", hostile.Text);
            },
            settings: new Dictionary<string, string> { ["Site:PublicBaseUrl"] = "https://reports.example.test" });

        using var published = await site.Client.GetAsync("/reports/2024/linshu-county");
        using var refused = await site.Client.GetAsync("/reports/2023/linshu-county");
        using var search = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString("已发布"));
        using var feed = await site.Client.GetAsync("/feed.xml");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("已发布的正文。", await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("/reports/2024/linshu-county", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var reader = XmlReader.Create(await feed.Content.ReadAsStreamAsync());
        var entries = 0;
        while (reader.Read())
        {
            entries += reader.NodeType == XmlNodeType.Element && reader.LocalName == "entry" ? 1 : 0;
        }

        Assert.Equal(1, entries);
    }
}
