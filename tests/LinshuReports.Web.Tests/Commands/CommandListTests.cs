using System.Diagnostics;
using LinshuReports.Web.Commands;

namespace LinshuReports.Web.Tests.Commands;

/// <summary>A typo must say which commands exist instead of starting the public site; the host's own settings still start it.</summary>
public sealed class CommandListTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A site started by mistake would run until killed.
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{string.Join(' ', args)} started something that did not end");
        }

        return (process.ExitCode, await output + await error);
    }

    public static TheoryData<string[], string> Mistakes() => new()
    {
        { ["publsh"], "没有“publsh”这个命令" },
        { ["--contnet", "content"], "不认识的选项“--contnet”" },
        { ["--urls"], "不认识的选项“--urls”" },
        { ["--urls", "http://127.0.0.1:0", "publish"], "没有“publish”这个命令" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AnUnknownCommandOrOption_ListsTheCommands_AndExits2(string[] args, string named)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.All([CheckCommand.Summary, ImportCommand.Summary, NewCommand.Summary, PreviewCommand.Summary], line => Assert.Contains(line, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_ListsEveryCommand_OneLineEach(string help)
    {
        var (exit, output) = await RunAsync(help);

        Assert.Equal(2, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(["check", "import", "new", "preview", "help"], command => Assert.Single(lines, l => l.StartsWith(command + " ", StringComparison.Ordinal) || l.StartsWith(command + "：", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5101")]
    [InlineData("--urls=http://127.0.0.1:5101", "--environment=Production")]
    [InlineData("--Content:Root=/srv/reports", "--contentRoot", "/tmp")]
    [InlineData("--URLS", "http://127.0.0.1:5101")]
    [InlineData("--environment=Production", "--contentRoot=/srv", "--Content=", "--Content:Root=/srv/reports", "--applicationName=LinshuReports.Web")]
    public void TheHostsOwnSettings_StartTheSite(params string[] args) =>
        Assert.Null(HostArguments.FirstUnknown(args));

    [Fact]
    public void NoArgumentAtAll_StartsTheSite() =>
        Assert.Null(HostArguments.FirstUnknown([]));
}
