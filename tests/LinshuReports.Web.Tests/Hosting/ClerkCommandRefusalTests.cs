using System.Diagnostics;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>The public server has no clerk's commands: given one, it names the clerk's program and exits 2 instead of starting the site.</summary>
public sealed class ClerkCommandRefusalTests
{
    [Theory]
    [InlineData("check", "--content", "content")]
    [InlineData("import", "报告.docx")]
    [InlineData("new", "2025")]
    [InlineData("preview")]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("/srv/reports/2025-linshu-county.md")]
    public async Task AClerksCommand_NamesLinshu_AndExits2(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        args.ToList().ForEach(start.ArgumentList.Add);
        using var server = Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var error = server.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A site started by mistake would run until killed.
            server.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{string.Join(' ', args)} started something that did not end");
        }

        Assert.Equal(2, server.ExitCode);
        Assert.Contains("请用办事员工具 linshu", await error, StringComparison.Ordinal);
        Assert.Empty(await output);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5101")]
    [InlineData("--urls=http://127.0.0.1:5101", "--environment=Production")]
    [InlineData("--Content:Root=/srv/reports", "--contentRoot", "/tmp")]
    [InlineData("--environment=Production", "--contentRoot=/srv", "--Content=", "--Content:Root=/srv/reports", "--applicationName=LinshuReports.Web")]
    public void TheHostsOwnSettings_StartTheSite(params string[] args) =>
        Assert.False(ClerkCommandRefusal.Applies(args));
}
