using System.Text;
using LinshuReports.TestSupport;
using LinshuReports.Web.Commands;

namespace LinshuReports.Web.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void GbkPage_BecomesAUtf8DraftAtTheGivenPath()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = _folder.WriteBytes("old.html", Encoding.GetEncoding("GB18030").GetBytes("<html><body><h1>临沭县2023年度法治政府建设报告</h1><p>一、主要举措</p></body></html>"));
        var target = Path.Combine(_folder.Path, "2023-linshu-county.md");
        using var output = new StringWriter();

        var exit = ImportCommand.Run([page, "--out", target], output, output);

        Assert.Equal(0, exit);
        var draft = File.ReadAllText(target, new UTF8Encoding(false, true));
        Assert.Contains("title: 临沭县2023年度法治政府建设报告", draft, StringComparison.Ordinal);
        Assert.Contains("## 一、主要举措", draft, StringComparison.Ordinal);
        Assert.Contains("publisher", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExistingTarget_IsNeverOverwritten()
    {
        var page = _folder.Write("old.txt", "报告\n");
        var target = _folder.Write("2024-linshu-county.md", "已发布的报告");
        using var output = new StringWriter();

        var exit = ImportCommand.Run([page, "--out", target], output, output);

        Assert.Equal(1, exit);
        Assert.Equal("已发布的报告", File.ReadAllText(target));
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        using var output = new StringWriter();

        Assert.Equal(1, ImportCommand.Run([Path.Combine(_folder.Path, "nope.html")], output, output));
        Assert.Contains("找不到", output.ToString(), StringComparison.Ordinal);
    }
}
