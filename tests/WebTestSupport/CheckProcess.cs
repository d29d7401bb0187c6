using System.Diagnostics;

namespace LinshuReports.TestSupport;

/// <summary><c>check</c> run in a child process as a clerk runs it, so that a crash or a hang fails a test instead of ending the run.</summary>
public static class CheckProcess
{
    /// <summary>A hang detector, not a speed measure.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    public static async Task<(int Exit, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("check");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
            throw new Xunit.Sdk.XunitException($"check did not finish within {HangLimit.TotalSeconds} s");
        }

        return (process.ExitCode, await output + await error);
    }
}
