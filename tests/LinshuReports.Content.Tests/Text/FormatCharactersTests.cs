using LinshuReports.Content.Model;
using LinshuReports.Content.Text;

namespace LinshuReports.Content.Tests.Text;

public sealed class FormatCharactersTests
{
    [Fact]
    public void Remove_LeavesOutEveryFormatCharacter_AndKeepsCleanTextAsItIs()
    {
        Assert.Equal("临沭县2024年度", FormatCharacters.Remove("\u202E临\u200B沭县\u2066\u20692024\uFEFF年度\u200D"));

        const string clean = "临沭县 2024 年度（一）";
        Assert.Same(clean, FormatCharacters.Remove(clean));
    }

    /// <summary>A link's address quoted in a message, with a right-to-left override in it, must not turn the clerk's terminal line around.</summary>
    [Fact]
    public void AProblemQuotingTheFile_IsToldWithoutItsFormatCharacters()
    {
        var problem = new ContentProblem("2024-linshu-county.md", 12, ProblemSeverity.Error, "链接“附件\u202Efdp.exe”指向的文件不存在");

        Assert.Equal("2024-linshu-county.md:12: 错误：链接“附件fdp.exe”指向的文件不存在", problem.ToString());
    }
}
