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

    /// <param name="executable">A published linshu; null for the one built beside the tests, run by dotnet.</param>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(typeof(ClerkCommandLine).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        return start;
    }

    public static async Task<(int Exit, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? executable = null)
    {
        var start = StartInfo(arguments, executable);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
            throw new Xunit.Sdk.XunitException($"linshu {string.Join(' ', arguments)} did not finish within {HangLimit.TotalSeconds} s");
        }

        return (process.ExitCode, await output + await error);
    }
}
