using System.Text;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Rendering;

/// <summary>What the page shows of a clerk's half-width punctuation, where only the page changes and never the file.</summary>
public sealed class PunctuationTypesetterTests
{
    private static Report Load(string body) =>
        ReportFileParser.Parse(Encoding.UTF8.GetBytes(ReportMarkdown.Valid(body: body)), "2023-linshu-county.md", Path.GetTempPath()).Report!;

    [Theory]
    [InlineData("## 一、总体情况,成效\n\n正文。\n", "<h2 id=\"part-1\">一、总体情况，成效</h2>")]
    [InlineData("## 一、总体情况\n\n### (一)**扎实**推进。\n", "<h3 id=\"part-1-1\">（一）<strong>扎实</strong>推进。</h3>")]
    [InlineData("## 一、总体情况\n\n(**一**)是,推进。\n", "<p>（<strong>一</strong>）是，推进。</p>")]
    [InlineData("## 一、总体情况\n\n命令`a,b(c)`,然后。\n", "<code>a,b(c)</code>，然后。")]
    [InlineData("## 一、总体情况\n\n见[附件(一)](https://example.gov.cn/a,b(c)),共1,000件。\n", "见<a href=\"https://example.gov.cn/a,b(c)\">附件（一）</a>，共1,000件。")]
    public void TheRenderedPage_ShowsChinesePunctuationFullWidth_AndCodeAndAddressesAsTyped(string body, string html) =>
        Assert.Contains(html, Load(body).BodyHtml(), StringComparison.Ordinal);

    [Fact]
    public void ContentsAndSearchPassages_ShowWhatThePageShows()
    {
        var report = Load("## 一、总体情况,成效\n\n### (一)推进,落实。\n\n正文,第一段。\n");

        Assert.Equal("一、总体情况，成效", report.Contents[0].Text);
        Assert.Equal("（一）推进，落实。", report.Contents[0].Children[0].Text);
        Assert.Contains(report.Passages, p => p.Text == "正文，第一段。" && p.HeadingPath.SequenceEqual(["一、总体情况，成效", "（一）推进，落实。"]));
    }

    [Fact]
    public void ACleanFile_GetsNoNotice()
    {
        var result = ReportFileParser.Parse(Encoding.UTF8.GetBytes(ReportMarkdown.Valid(body: "## 一、总体情况\n\n正文，第一段。\n")), "2023-linshu-county.md", Path.GetTempPath());

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Notice);
    }
}
