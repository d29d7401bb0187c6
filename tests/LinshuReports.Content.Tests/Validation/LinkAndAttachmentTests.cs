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
        using var html = new HtmlParser().ParseDocument(result.Report!.BodyHtml);
        Assert.Equal("/reports/2023/linshu-county/files/chart.png", html.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("全年案件数量", html.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("/reports/2023/linshu-county/files/chart.png", html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void MissingImage_IsAnErrorOnItsLine()
    {
        var result = Parse("## 一、情况\n\n正文。\n\n![图](2023-linshu-county/missing.png)\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(12, problem.Line);
        Assert.Contains("找不到图片文件 2023-linshu-county/missing.png", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("2023-linshu-county.md:12: 错误", problem.ToString(), StringComparison.Ordinal);
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
    public void AnchorToAMissingSection_IsAnErrorNamingTheRealOnes()
    {
        var result = Parse("## 一、情况\n\n见[第五部分](#part-5)。\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Contains("#part-1", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Report);
    }

    [Fact]
    public void AnchorToARealSection_IsFine()
    {
        var result = Parse("## 一、情况\n\n见[第一部分](#part-1)。\n");

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ScriptLink_IsWarnedAboutOnItsLine()
    {
        var result = Parse("正文。\n\n[点我](javascript:alert(1))\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void RawHtml_IsWarnedAboutOnItsLine()
    {
        var result = Parse("正文。\n\n<script>alert(1)</script>\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(10, problem.Line);
        Assert.Contains("HTML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAnotherReport_MustPointAtAPublishedOne()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "见[2022年报告](/reports/2022/linshu-county)。\n\n见[2021年报告](/reports/2021/linshu-county)。"));
        _folder.Write("2022-linshu-county.md", ReportMarkdown.Valid(year: 2022));

        var catalog = ReportLibraryLoader.Load(_folder.Path);

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal((File, 10), (problem.Path, problem.Line));
        Assert.Contains("/reports/2021/linshu-county", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_ScrollInsideAFocusableRegion()
    {
        var result = Parse("| 项目 | 数量 |\n|---|---|\n| 案件 | 12 |\n");

        using var html = new HtmlParser().ParseDocument(result.Report!.BodyHtml);
        var wrapper = html.QuerySelector("div.table-wrap")!;
        Assert.Equal("region", wrapper.GetAttribute("role"));
        Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        Assert.NotNull(wrapper.QuerySelector("table th"));
    }
}
