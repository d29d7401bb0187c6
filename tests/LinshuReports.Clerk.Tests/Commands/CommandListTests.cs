using LinshuReports.Clerk.Commands;
using LinshuReports.TestSupport;

namespace LinshuReports.Clerk.Tests.Commands;

/// <summary>A typo must say which commands exist; help lists them, one line each, in Chinese.</summary>
public sealed class CommandListTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        var exit = Linshu.Run(args, output, output);
        return (exit, output.ToString());
    }

    public static TheoryData<string[], string> Mistakes() => new()
    {
        { ["publsh"], "没有“publsh”这个命令" },
        { ["--contnet", "content"], "不认识的选项“--contnet”" },
        { ["publish", "content"], "没有“publish”这个命令" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AnUnknownCommandOrOption_ListsTheCommands_AndExits2(string[] args, string named)
    {
        var (exit, output) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.All([CheckCommand.Summary, ImportCommand.Summary, NewCommand.Summary, PreviewCommand.Summary], line => Assert.Contains(line, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("/?")]
    public void Help_ListsEveryCommand_OneLineEach(params string[] args)
    {
        var (exit, output) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("用法：linshu 命令", output, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(["check", "import", "new", "preview", "help"], command => Assert.Single(lines, l => l.StartsWith(command + " ", StringComparison.Ordinal) || l.StartsWith(command + "：", StringComparison.Ordinal)));
    }

    public static TheoryData<string[], string> Misuses() => new()
    {
        { ["check", "content"], "用法：linshu check [--content 内容文件夹]" },
        { ["new"], "用法：linshu new 年份 [--content 内容文件夹]" },
        { ["import"], "用法：linshu import 文件 [--out 草稿.md] [--force]" },
        { ["import", "报告.docx", "--out"], "用法：linshu import 文件 [--out 草稿.md] [--force]" },
        { ["preview", "报告.md", "--content", "content"], "用法：linshu preview [--content 内容文件夹 | 报告.md | 报告.docx] [--port 端口] [--no-browser]" },
        { ["preview", "--port", "70000"], "用法：linshu preview [--content 内容文件夹 | 报告.md | 报告.docx] [--port 端口] [--no-browser]" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void AMisusedCommand_ShowsItsOwnUsage_AndExits2(string[] args, string usage)
    {
        var (exit, output) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(usage, output.Split(Environment.NewLine), StringComparer.Ordinal);
    }

    [Fact]
    public void ACommandsOwnHelp_IsInChinese()
    {
        var (exit, output) = Run("preview", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--no-browser", output, StringComparison.Ordinal);
        Assert.Contains("不自动打开浏览器", output, StringComparison.Ordinal);
        Assert.Contains("显示这个命令的用法", output, StringComparison.Ordinal);
    }
}
