using LinshuReports.Content.Model;
using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>Each limit holds exactly at its number: a real report at the limit is published, one step beyond is refused at its line.</summary>
public sealed class ComplexityGuardTests
{
    private static (bool Allowed, ContentProblem? Problem) Check(string text)
    {
        var problems = new List<ContentProblem>();
        var allowed = ComplexityGuard.Allows(text, "2023-linshu-county.md", problems);
        return (allowed, problems.SingleOrDefault());
    }

    private static void AssertRefusedAt(string text, int line, string mentions)
    {
        var (allowed, problem) = Check(text);
        Assert.False(allowed);
        Assert.NotNull(problem);
        Assert.Equal(line, problem.Line);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(mentions, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_AtTheLimitIsRead_OneCharacterMoreIsRefused()
    {
        Assert.True(Check(new string('字', ComplexityGuard.MaxCharacters)).Allowed);

        var (allowed, problem) = Check(new string('字', ComplexityGuard.MaxCharacters + 1));
        Assert.False(allowed);
        Assert.Null(problem!.Line);
        Assert.Contains("文件过大", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indent_OfSpacesAndTabs_IsCountedToTheLimit()
    {
        Assert.True(Check("正文\n" + new string(' ', ComplexityGuard.MaxIndent) + "- 项").Allowed);
        Assert.True(Check(new string('\t', ComplexityGuard.MaxIndent / 4) + "- 项").Allowed);

        AssertRefusedAt("正文\n\n" + new string(' ', ComplexityGuard.MaxIndent + 1) + "- 项", 3, "缩进过深");
        AssertRefusedAt(new string('\t', ComplexityGuard.MaxIndent / 4) + " - 项", 1, "缩进过深");
    }

    [Fact]
    public void Quotes_AreCountedToTheLimit()
    {
        Assert.True(Check(new string('>', ComplexityGuard.MaxQuoteDepth) + " 引用").Allowed);

        AssertRefusedAt("第一行\n" + new string('>', ComplexityGuard.MaxQuoteDepth + 1) + " 引用", 2, $"这一行引用嵌套过深（{ComplexityGuard.MaxQuoteDepth + 1} 层 >）");
    }

    [Fact]
    public void TableColumns_AreCountedToTheLimit()
    {
        var widest = string.Concat(Enumerable.Repeat("| a ", ComplexityGuard.MaxTableColumns)) + "|";
        Assert.True(Check(widest).Allowed);

        AssertRefusedAt("表\n\n" + widest.Replace("| a |", "| a | b |", StringComparison.Ordinal), 3, "表格列数过多");
    }

    [Fact]
    public void ContainersMixedOnOneLine_AreCountedToTheLimit()
    {
        var deepest = string.Concat(Enumerable.Repeat("- ", ComplexityGuard.MaxContainerDepth)) + "项";
        Assert.True(Check(deepest).Allowed);

        AssertRefusedAt("正文\n" + string.Concat(Enumerable.Repeat("- ", ComplexityGuard.MaxContainerDepth + 1)) + "项", 2, "列表或引用嵌套过深");
    }

    [Fact]
    public void OrdinaryReport_IsAllowedWithoutAProblem()
    {
        var (allowed, problem) = Check(TestSupport.ReportMarkdown.Valid(body: "## 一、\n\n- 项\n  - 子项\n\n> 引用\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

        Assert.True(allowed);
        Assert.Null(problem);
    }
}
