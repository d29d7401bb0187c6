using AngleSharp.Html.Parser;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

public sealed class LinkAndAttachmentTests : IDisposable
{
    private const string File = "2023-linshu-county.md";
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ReportParseResult Parse(string body) =>
        ReportFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(ReportMarkdown.Valid(body: body)), File, _folder.Path);

    [Fact]
    public void ImageBesideTheReport_IsServedFromTheReportsAddress()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "2023-linshu-county"));
        _folder.Write("2023-linshu-county/chart.png", "png");

        var result = Parse("## 一、情况\n\n![全年案件数量](2023-linshu-county/chart.png)\n\n[下载全文](2023-linshu-county/chart.png)\n");

        Assert.Empty(result.Problems);
        using var html = new HtmlParser().ParseDocument(result.Report!.BodyHtml());
        Assert.Equal("/reports/2023/linshu-county/files/chart.png", html.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("全年案件数量", html.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("/reports/2023/linshu-county/files/chart.png", html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void ImageWrittenWithAWindowsBackslash_PassesCheckAndIsServed()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "2023-linshu-county"));
        _folder.Write("2023-linshu-county/chart.png", "png");

        var result = Parse("## 一、情况\n\n![图](2023-linshu-county\\chart.png)\n");

        Assert.Empty(result.Problems);
        using var html = new HtmlParser().ParseDocument(result.Report!.BodyHtml());
        Assert.Equal("/reports/2023/linshu-county/files/chart.png", html.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void AttachmentOutsideItsFolder_IsAnError()
    {
        var result = Parse("[附件](../secret.pdf)");

        Assert.Contains("2023-linshu-county/", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnservedFileType_IsAnError()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "2023-linshu-county"));
        _folder.Write("2023-linshu-county/macro.exe", "x");

        var result = Parse("[程序](2023-linshu-county/macro.exe)");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("PDF", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnchorToARealSection_IsFine()
    {
        var result = Parse("## 一、情况\n\n见[第一部分](#part-1)。\n");

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Tables_ScrollInsideAFocusableRegion()
    {
        var result = Parse("| 项目 | 数量 |\n|---|---|\n| 案件 | 12 |\n");

        using var html = new HtmlParser().ParseDocument(result.Report!.BodyHtml());
        var wrapper = html.QuerySelector("div.table-wrap")!;
        Assert.Equal("region", wrapper.GetAttribute("role"));
        Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        Assert.NotNull(wrapper.QuerySelector("table th"));
    }

    [Fact]
    public void AMissingAnchor_IsToldWithTheSectionsThereAre_InOrder()
    {
        var problem = Assert.Single(Parse("## 一、\n\n## 二、\n\n见[这里](#part-9)。\n").Problems);

        Assert.EndsWith("不存在的章节“#part-9”。可用的章节锚点：#part-1、#part-2。", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingAnchor_InAReportWithoutSections_SaysSo() =>
        Assert.EndsWith("本报告没有可链接的章节。", Assert.Single(Parse("见[这里](#part-1)。\n").Problems).Message, StringComparison.Ordinal);

    [Fact]
    public void ALongAddress_IsShortenedInTheMessage_ASixtyCharacterOneIsNot()
    {
        var sixty = "#" + new string('a', 59);
        var sixtyOne = "#" + new string('b', 60);

        var problems = Parse($"见[甲]({sixty})与[乙]({sixtyOne})。\n").Problems;

        Assert.Contains(problems, p => p.Message.Contains($"“{sixty}”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains($"“{sixtyOne[..57]}…”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[空链接]()")]
    [InlineData("[旧网站](/reports-old/2019.html)")]
    public void LinksThatAreNeitherFilesNorReports_AreLeftAlone(string markdown)
    {
        var result = Parse(markdown + "\n");

        Assert.Empty(result.Problems);
        Assert.Empty(result.ReportLinks);
    }

    [Fact]
    public void AScriptAutolink_IsToldAtItsLine()
    {
        var problem = Assert.Single(Parse("第一段。\n\n<javascript:alert(1)>\n").Problems);

        Assert.Equal(10, problem.Line);
    }
}
