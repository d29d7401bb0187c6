using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>A character pasted from a PDF that cannot be seen: the file is refused at the line and column, wherever it stands.</summary>
public sealed class IllegalCharacterCheckTests
{
    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.Characters);

    [Theory]
    [MemberData(nameof(Files))]
    public void TheFileIsRefused_AtTheLine_WithTheFix(HostileReports.HostileFile file)
    {
        var result = ReportMarkdown.Parse(file.Text);

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Line == file.Line && p.Message.Contains(file.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(problem.ToString(), c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void TheMessage_NamesTheLineTheColumnAndWhereSuchCharactersComeFrom()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: "## 一、总体情况\n\n𠀀正文\uFFFE第一段\uFFFE。\n"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Equal("第 10 行第 4 个字处有一个看不见的非法字符（U+FFFE），通常来自从 PDF 或网页复制的文字。请删除（这一行共 2 个）；在编辑器里找不到时，可删去这一行重新输入。", problem.Message);
    }

    [Fact]
    public void AFilePastedWholeFromABrokenPdf_IsToldTenLinesAndWhereTheRestBegin()
    {
        var body = "## 一、总体情况\n\n" + string.Concat(Enumerable.Repeat("正文\f。\n\n", 500));

        var problems = ReportMarkdown.Parse(ReportMarkdown.Valid(body: body)).Problems;

        Assert.Equal(11, problems.Count);
        Assert.Equal([10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30], problems.Select(p => p.Line!.Value));
        Assert.Contains("第 30 行和之后的行里还有", problems[^1].Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string> Escaped() => new()
    {
        { ReportMarkdown.Valid(title: "\"临沭县\\uFFFE2023年度工作报告\""), 2, "前置信息转义写法（如 \\f、\\uFFFE）代表一个看不见的非法字符（U+FFFE）" },
        { ReportMarkdown.WithFields("summary: \"摘要\\f全文\""), 6, "前置信息转义写法（如 \\f、\\uFFFE）代表一个看不见的非法字符（U+000C）" },
        { ReportMarkdown.WithFields("changes:\n  - date: 2025-04-02\n    note: \"更正\\x01\""), 8, "代表一个看不见的非法字符（U+0001）" },
        { ReportMarkdown.Valid(body: "## 一、总体&#xFFFE;情况\n"), 8, "字符引用“&#xFFFE;”代表一个看不见的非法字符（U+FFFE）" },
        { ReportMarkdown.Valid(body: "正文&#12;第一段。\n"), 8, "字符引用“&#12;”代表一个看不见的非法字符（U+000C）" },
        { ReportMarkdown.Valid(body: "| 项目 | 件数 |\n|---|---|\n| &#x85; | 3 |\n"), 10, "字符引用“&#x85;”代表一个看不见的非法字符（U+0085）" },
        { ReportMarkdown.Valid(body: "正文[^1]。\n\n[^1]: 注&#x10FFFF;释\n"), 10, "字符引用“&#x10FFFF;”代表一个看不见的非法字符（U+10FFFF）" },
    };

    [Theory]
    [MemberData(nameof(Escaped))]
    public void OneWrittenAsAnEscapeOrACharacterReference_IsRefusedAtItsLine(string markdown, int line, string message)
    {
        var result = ReportMarkdown.Parse(markdown);

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%EF%BF%BE", "U+FFFE")]
    [InlineData("%0C", "U+000C")]
    [InlineData("%C2%85", "U+0085")]
    public void AnAttachmentNameHoldingOneInPercentEncoding_IsRefusedAtItsLink(string encoded, string named)
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: $"## 一、总体情况\n\n正文。\n\n[附件](2023-linshu-county/统计{encoded}表.pdf)\n"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(12, problem.Line);
        Assert.Contains($"附件地址“2023-linshu-county/统计表.pdf”里有一个看不见的非法字符（{named}）", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageQuotingTheFile_ReachesTheTerminalWithoutTheCharacter()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid().Replace("year: 2023", "year: 20\u001B[2J23", StringComparison.Ordinal));

        var quoting = Assert.Single(result.Problems, p => p.Message.Contains("year 应是四位数字的年份", StringComparison.Ordinal));
        Assert.Contains("现在是“20[2J23”", quoting.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedReport_HoldsNone()
    {
        var result = ReportMarkdown.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md")), "2024-linshu-county.md");

        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("非法字符", StringComparison.Ordinal));
    }
}
