namespace LinshuReports.Clerk.Commands;

/// <summary>Every command with one line each, shown for <c>help</c> and for anything the program does not know.</summary>
public static class CommandList
{
    public const string Name = "help";

    public const string Summary = $"{Name}：显示这份命令列表；“{ClerkCommandLine.ProgramName} 命令 --help”显示一个命令的详细用法";

    private static readonly string[] Lines =
    [
        CheckCommand.Summary,
        ImportCommand.Summary,
        NewCommand.Summary,
        PreviewCommand.Summary,
        Summary,
    ];

    /// <summary>One command's usage line, for a clerk who typed it wrong: "用法：linshu check [--content 内容文件夹]".</summary>
    public static string UsageOf(string command) =>
        $"用法：{ClerkCommandLine.ProgramName} {Lines.First(l => l.StartsWith(command + " ", StringComparison.Ordinal)).Split('：')[0]}";

    public static bool IsHelp(string argument) => argument is Name or "--help" or "-h" or "-?" or "/?";

    /// <summary>The list, for a clerk who asked for it; exit code 2 like a misuse (issue 33), so no script mistakes it for work done.</summary>
    public static int Help(TextWriter output)
    {
        Write(output);
        return 2;
    }

    /// <summary>The list after naming what was not understood; exit code 2, as for any misuse.</summary>
    public static int Unknown(string argument, TextWriter output)
    {
        output.WriteLine(argument.StartsWith('-') ? $"不认识的选项“{argument}”。" : $"没有“{argument}”这个命令，也没有这个文件。");
        Write(output);
        return 2;
    }

    private static void Write(TextWriter output)
    {
        output.WriteLine($"用法：{ClerkCommandLine.ProgramName} 命令 [参数]，或把报告文件（.md、.docx）拖到 {ClerkCommandLine.ProgramName} 上预览");
        output.WriteLine("可用的命令：");
        foreach (var line in Lines)
        {
            output.WriteLine($"  {line}");
        }
    }
}
