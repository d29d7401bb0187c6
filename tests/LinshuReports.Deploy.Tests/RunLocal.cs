using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// <c>src/deploy/run-local</c> running as anyone would run it: the site published in Release, instances behind nginx
/// with the shipped configuration. Follows what it prints (instances started, restarted or stopped) and stops it
/// with SIGTERM, as Ctrl+C would.
/// </summary>
public sealed partial class RunLocal : IAsyncDisposable
{
    /// <summary>A hang detector for publishing and start-up, not a speed measure.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(4);

    /// <summary>How long nginx keeps a stored page fresh, and a failed instance out, in the tests' runs (<c>--short-timings</c>).</summary>
    public static readonly TimeSpan ShortTiming = TimeSpan.FromSeconds(1);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentDictionary<int, int> instances = new();
    private readonly ConcurrentDictionary<int, string> logs = new();
    private readonly TaskCompletionSource<string> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string certificateFile = "";

    private RunLocal(Process process) => this.process = process;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The self-signed certificate run-local made for this run, which the readers' client trusts and nothing else.</summary>
    public X509Certificate2 Certificate { get; private set; } = null!;

    /// <summary>Each instance's loopback port and the process now serving on it.</summary>
    public IReadOnlyDictionary<int, int> Instances => instances;

    /// <summary>Each instance's log file, by port (restarts append to the same file).</summary>
    public IReadOnlyDictionary<int, string> Logs => logs;

    /// <summary>Every process started during the run, restarts included, and nginx.</summary>
    public ConcurrentBag<int> ProcessIds { get; } = [];

    public string Output => string.Join('\n', output);

    /// <summary>nginx's access log, in the shipped format.</summary>
    public string AccessLog { get; private set; } = "";

    public static async Task<RunLocal> StartAsync(string contentFolder, int instanceCount)
    {
        DeployTools.Ensure();
        var app = await PublishedSite.FolderAsync();
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "src", "deploy", "run-local"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", FreePort().ToString(CultureInfo.InvariantCulture), "--instances", instanceCount.ToString(CultureInfo.InvariantCulture), "--content", contentFolder, "--app", app, "--short-timings" })
        {
            start.ArgumentList.Add(argument);
        }

        var run = new RunLocal(Process.Start(start)!);
        run.process.OutputDataReceived += (_, line) => run.Follow(line.Data);
        run.process.ErrorDataReceived += (_, line) => run.Follow(line.Data);
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        _ = run.process.WaitForExitAsync().ContinueWith(_ => run.ready.TrySetException(
            new InvalidOperationException("run-local ended before it was ready:\n" + run.Output)), TaskScheduler.Default);

        try
        {
            run.BaseUrl = await run.ready.Task.WaitAsync(StartLimit);
        }
        catch (TimeoutException)
        {
            // The fixture is never disposed when its start fails: stop run-local here, or it serves on after the tests.
            await run.DisposeAsync();
            throw;
        }

        run.Certificate = X509CertificateLoader.LoadCertificateFromFile(run.certificateFile);
        return run;
    }

    /// <summary>Waits until run-local reports something, e.g. that a killed instance is running again.</summary>
    public async Task WaitForOutputAsync(Func<string, bool> line, TimeSpan limit) =>
        await Eventually.GetAsync(() => output.Any(line) ? string.Empty : null, () => "run-local never printed the line awaited:\n" + Output, limit);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            UnixSignal.Send(process.Id, UnixSignal.Terminate);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private void Follow(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        if (InstanceLine().Match(line) is { Success: true } instance)
        {
            var pid = int.Parse(instance.Groups["pid"].Value, CultureInfo.InvariantCulture);
            var port = int.Parse(instance.Groups["port"].Value, CultureInfo.InvariantCulture);
            instances[port] = pid;
            logs[port] = instance.Groups["log"].Value;
            ProcessIds.Add(pid);
        }
        else if (NginxLine().Match(line) is { Success: true } nginx)
        {
            ProcessIds.Add(int.Parse(nginx.Groups["pid"].Value, CultureInfo.InvariantCulture));
            AccessLog = nginx.Groups["log"].Value;
        }
        else if (CertificateLine().Match(line) is { Success: true } certificate)
        {
            certificateFile = certificate.Groups["file"].Value;
        }
        else if (ReadyLine().Match(line) is { Success: true } address)
        {
            ready.TrySetResult(address.Groups["url"].Value);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^run-local: instance http://127\.0\.0\.1:(?<port>\d+) pid (?<pid>\d+) log (?<log>\S+)$")]
    private static partial Regex InstanceLine();

    [GeneratedRegex(@"^run-local: nginx pid (?<pid>\d+), .*, access log (?<log>\S+)$")]
    private static partial Regex NginxLine();

    [GeneratedRegex(@"^run-local: certificate (?<file>\S+)$")]
    private static partial Regex CertificateLine();

    [GeneratedRegex(@"^run-local: ready at (?<url>https://127\.0\.0\.1:\d+)/")]
    private static partial Regex ReadyLine();
}
