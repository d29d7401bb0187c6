using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>
/// An invisible format character (a right-to-left override, a zero-width space) makes a title read one year while
/// saying another, or a publisher look like the real one: refused at its line, the character named, wherever it stands.
/// </summary>
public sealed class FormatCharacterCheckTests
{
    public static TheoryData<int> EveryFormatCharacter() =>
        new(new[] { (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069) }
            .SelectMany(r => Enumerable.Range(r.Item1, r.Item2 - r.Item1 + 1)));

    [Theory]
    [MemberData(nameof(EveryFormatCharacter))]
    public void InTheTitle_TheFileIsRefusedAtTheTitleLine_WithTheCharacterNamed(int codePoint)
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(title: $"临沭县2023年度{(char)codePoint}依法行政工作报告"));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(2, problem.Line);
        Assert.Contains($"第 2 行第 17 个字处有一个看不见的格式字符 U+{codePoint:X4}（", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryFormatCharacter))]
    public void InTheBody_TheFileIsRefusedAtItsLine(int codePoint)
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: $"## 一、总体情况\n\n正文{(char)codePoint}第一段。\n"));

        Assert.Null(result.Report);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(10, problem.Line);
        Assert.Contains($"U+{codePoint:X4}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRedTeamsTitle_IsToldTheOverrideByName()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(title: "临沭县\u202E2023\u200B年度法治政府建设报告"));

        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(
            "第 2 行第 11 个字处有一个看不见的格式字符 U+202E（从右到左强制（会把文字倒过来显示）），它会让文字看起来与实际不同，读者也搜不到。请删除（这一行共 2 个）；在编辑器里找不到时，可删去这一行重新输入。",
            problem.Message);
    }

    [Fact]
    public void AZeroWidthSpaceInThePublisher_IsRefused()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(publisher: "临沭县人民\u200B政府"));

        Assert.Null(result.Report);
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Message.Contains("U+200B（零宽空格）", StringComparison.Ordinal));
    }

    [Fact]
    public void AByteOrderMarkMidText_IsRefused_WhileOneAtTheStartIsNot()
    {
        var atStart = ReportMarkdown.Parse("\uFEFF" + ReportMarkdown.Valid());
        var midText = ReportMarkdown.Parse(ReportMarkdown.Valid(body: "## 一、总体情况\n\n正文\uFEFF第一段。\n"));

        Assert.NotNull(atStart.Report);
        Assert.Contains(midText.Problems, p => p.Line == 10 && p.Message.Contains("U+FEFF", StringComparison.Ordinal));
        Assert.Null(midText.Report);
    }

    public static TheoryData<string, int, string> Escaped() => new()
    {
        { ReportMarkdown.Valid(title: "\"临沭县\\u202E2023年度工作报告\""), 2, "前置信息转义写法（如 \\f、\\uFFFE）代表一个看不见的格式字符 U+202E" },
        { ReportMarkdown.Valid(body: "## 一、总体&#x200B;情况\n"), 8, "字符引用“&#x200B;”代表一个看不见的格式字符 U+200B" },
    };

    [Theory]
    [MemberData(nameof(Escaped))]
    public void OneWrittenAsAnEscapeOrACharacterReference_IsRefusedAtItsLine(string markdown, int line, string message)
    {
        var result = ReportMarkdown.Parse(markdown);

        Assert.Null(result.Report);
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ACharacterNextToTheRanges_IsAllowed()
    {
        var result = ReportMarkdown.Parse(ReportMarkdown.Valid(body: "## 一、总体情况\n\n正文\u2010第一段\u2065。\n"));

        Assert.NotNull(result.Report);
    }
}
