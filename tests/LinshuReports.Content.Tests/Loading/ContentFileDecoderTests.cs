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
        var problems = new List<LinshuReports.Content.Model.ContentProblem>();

        Assert.Null(ContentFileDecoder.Decode(gbk, "2023-linshu-county.md", problems));
        var problem = Assert.Single(problems);
        Assert.Equal(LinshuReports.Content.Model.ProblemSeverity.Error, problem.Severity);
        Assert.Contains("GBK", problem.Message, StringComparison.Ordinal);
        Assert.Contains("请另存为 UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Utf8WithBom_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReportMarkdown.Valid())).ToArray();

        var problems = new List<LinshuReports.Content.Model.ContentProblem>();

        Assert.StartsWith("---\ntitle:", ContentFileDecoder.Decode(bytes, "2023-linshu-county.md", problems), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
