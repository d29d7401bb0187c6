using System.Text;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

public sealed class ContentFileDecoderTests
{
    static ContentFileDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (string? Text, ContentProblem? Problem) Decode(byte[] bytes)
    {
        var problems = new List<ContentProblem>();
        var text = ContentFileDecoder.Decode(bytes, "2023-linshu-county.md", problems);
        return (text, problems.SingleOrDefault());
    }

    [Fact]
    public void GbkFile_IsNamedAsSuchWithTheFix_AtItsFirstChineseLine()
    {
        var (text, problem) = Decode(Encoding.GetEncoding("GB18030").GetBytes(ReportMarkdown.Valid()));

        Assert.Null(text);
        Assert.Equal(ProblemSeverity.Error, problem!.Severity);
        Assert.Contains("GBK", problem.Message, StringComparison.Ordinal);
        Assert.Contains("请另存为 UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void OtherBrokenBytes_AreNotCalledGbk()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: x\n---\n\n").Concat(new byte[] { 0xFF, 0xFF, 0x0A }).ToArray();

        var (text, problem) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal(5, problem!.Line);
        Assert.DoesNotContain("GBK", problem.Message, StringComparison.Ordinal);
        Assert.Contains("不是 UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8WithBom_IsReadWithoutTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: 报告\n")).ToArray();

        var (text, problem) = Decode(bytes);

        Assert.Equal("---\ntitle: 报告\n", text);
        Assert.Null(problem);
    }

    [Fact]
    public void EmptyFile_IsEmptyText() => Assert.Equal(string.Empty, Decode([]).Text);

    [Fact]
    public void OldSitePage_IsReadAsUtf8OrGb18030()
    {
        const string page = "<p>临沭县2024年度法治政府建设报告</p>";

        Assert.Equal(page, ContentFileDecoder.DecodeUtf8OrGb18030(Encoding.UTF8.GetBytes(page)));
        Assert.Equal(page, ContentFileDecoder.DecodeUtf8OrGb18030(Encoding.GetEncoding("GB18030").GetBytes(page)));
        Assert.Equal("临沭", ContentFileDecoder.DecodeUtf8OrGb18030(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("临沭")).ToArray()));
    }

    [Theory]
    [InlineData("\u4e00")]
    [InlineData("\u9fff")]
    public void GbkFile_IsRecognisedByAnyChineseCharacter(string chinese)
    {
        var (_, problem) = Decode(Encoding.GetEncoding("GB18030").GetBytes("---\ntitle: " + chinese + "é\n"));

        Assert.Contains("GBK", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALegacyFileWithoutChinese_IsNotCalledGbk()
    {
        var (_, problem) = Decode(Encoding.GetEncoding("GB18030").GetBytes("---\ntitle: é\n"));

        Assert.DoesNotContain("GBK", problem!.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }
}
