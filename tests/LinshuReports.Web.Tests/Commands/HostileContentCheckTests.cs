using System.Diagnostics;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Commands;

/// <summary>
/// <c>check</c> on files that used to crash it (a stack overflow cannot be caught) or hang it, run in a child
/// process as a clerk would run it, so that a crash fails this test instead of ending the test run.
/// </summary>
public sealed class HostileContentCheckTests : IDisposable
{
    /// <summary>A hang detector, not a speed measure: each of these used to take a minute or kill the process.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.All);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Check_FinishesWithAClearMessageAtTheLine(HostileReports.HostileFile hostile)
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
        _folder.Write("2023-linshu-county.md", hostile.Text);

        var (exit, output) = await RunCheckAsync(_folder.Path);

        Assert.Contains($"2023-linshu-county.md:{hostile.Line}: ", output, StringComparison.Ordinal);
        Assert.Contains(hostile.Message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        if (hostile == HostileReports.UnclosedTags)
        {
            // Unclosed "<a" is not a tag: only the real tag on the later line is worth a warning.
            Assert.Equal(0, exit);
        }
        else
        {
            Assert.Equal(1, exit);
        }
    }

    private static async Task<(int Exit, string Output)> RunCheckAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("--content");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(HangLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"check did not finish within {HangLimit.TotalSeconds} s");
        }

        return (process.ExitCode, await output + await error);
    }
}
