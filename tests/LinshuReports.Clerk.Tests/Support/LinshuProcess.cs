using System.Diagnostics;
using LinshuReports.Clerk.Commands;

namespace LinshuReports.TestSupport;

/// <summary>
/// linshu run in a child process as a clerk runs it (<c>dotnet linshu.dll</c>, or a published single file), so
/// that a crash or a hang fails a test instead of ending the run. Never with a desktop: no browser opens in tests.
/// </summary>
public static class LinshuProcess
{
    /// <summary>A hang detector, not a speed measure.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary>The linshu built beside the tests, run by dotnet.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments) =>
        StartInfo("dotnet", [typeof(ClerkCommandLine).Assembly.Location, .. arguments]);

    /// <param name="executable">The program: dotnet, or a published linshu.</param>
    public static ProcessStartInfo StartInfo(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        return start;
    }

    public static Task<(int Exit, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(arguments);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return RunAsync(start);
    }

    public static async Task<(int Exit, string Output)> RunAsync(ProcessStartInfo start)
    {
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
            throw new Xunit.Sdk.XunitException($"linshu {string.Join(' ', start.ArgumentList)} did not finish within {HangLimit.TotalSeconds} s");
        }

        return (process.ExitCode, await output + await error);
    }
}
