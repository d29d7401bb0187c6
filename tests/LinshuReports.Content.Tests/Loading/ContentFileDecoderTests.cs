using System.Text;
using LinshuReports.Content.Loading;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

public sealed class ContentFileDecoderTests
{
    static ContentFileDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void GbkFile_IsNamedAsSuchWithTheFix()
    {
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(ReportMarkdown.Valid());

        var result = ReportFileParser.Parse(gbk, "2023-linshu-county.md", ReportMarkdown.EmptyContentRoot);

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("GBK", problem.Message, StringComparison.Ordinal);
        Assert.Contains("请另存为 UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Utf8WithBom_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReportMarkdown.Valid())).ToArray();

        var result = ReportFileParser.Parse(bytes, "2023-linshu-county.md", ReportMarkdown.EmptyContentRoot);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Report);
    }
}
