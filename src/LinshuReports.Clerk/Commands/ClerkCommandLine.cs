using System.CommandLine;
using System.CommandLine.Help;

namespace LinshuReports.Clerk.Commands;

/// <summary>
/// The clerk's commands, parsed by System.CommandLine. Two cases come first: help (the Chinese command list) and a
/// file or folder dropped on the program (Windows passes its path as the only argument), which is previewed.
/// </summary>
public static class ClerkCommandLine
{
    public const string ProgramName = "linshu";

    /// <param name="output">What the clerk reads, and a printed draft.</param>
    /// <param name="error">Mistakes in the command line, and an import's messages (kept apart from a printed draft).</param>
    /// <param name="configuration">The site's configuration, so that <c>Content__Root</c> means to a command what it means to the site.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var root = new RootCommand("临沭县法治政府建设报告：检查、导入、新建和预览报告")
        {
            CheckCommand.Create(configuration, output),
            ImportCommand.Create(output, error),
            NewCommand.Create(configuration, output),
            PreviewCommand.Create(configuration, output),
        };
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = "显示这个命令的用法";
        }

        if (args is [] || (args is [var asked] && CommandList.IsHelp(asked)))
        {
            return CommandList.Help(output);
        }

        if (args is [var dropped] && !root.Subcommands.Any(c => c.Name == dropped) && (File.Exists(dropped) || Directory.Exists(dropped)))
        {
            return PreviewCommand.Run(dropped, port: null, openBrowser: true, output, configuration);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0)
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }

        if (parsed.CommandResult.Command == root)
        {
            return CommandList.Unknown(args[0], error);
        }

        foreach (var mistake in parsed.Errors)
        {
            error.WriteLine(mistake.Message);
        }

        var command = parsed.CommandResult.Command.Name;
        error.WriteLine(CommandList.UsageOf(command));
        error.WriteLine($"“{ProgramName} {command} --help”详细说明这个命令；“{ProgramName} help”列出全部命令。");
        return 2;
    }
}
