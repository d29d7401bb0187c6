using System.Collections.Concurrent;
using System.Diagnostics;

namespace LinshuReports.TestSupport;

/// <summary>
/// Programs some tests drive (chromium, nginx…), installed by the repository's own scripts in <c>.ci/</c>. The tests'
/// one command must work on a fresh machine: as root it runs the script, otherwise it says which one to run.
/// </summary>
/// <remarks>
/// Each script runs at most once per test process however many classes ask; across processes the scripts take one
/// lock (<c>.ci/install-packages</c>), so test assemblies starting together wait for each other instead of failing.
/// </remarks>
public static class MachineTools
{
    /// <summary>A fresh machine's first install downloads chromium and fonts; beyond this, something is stuck.</summary>
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(20);

    private const int OutputLinesShown = 20;

    private static readonly ConcurrentDictionary<string, Lazy<Installation>> Installations = new();

    /// <param name="installer">The script in <c>.ci/</c> that installs them.</param>
    /// <param name="what">What is needed, for the message.</param>
    /// <param name="files">Files that show they are installed.</param>
    public static void Ensure(string installer, string what, params string[] files)
    {
        if (files.All(File.Exists))
        {
            return;
        }

        var script = Path.Combine(RepositoryPaths.Root, ".ci", installer);
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"These tests need {what}. Install them once with: sudo {script}");
        }

        var installation = Installations.GetOrAdd(script, s => new Lazy<Installation>(() => Installation.Run(s))).Value;
        if (!files.All(File.Exists))
        {
            throw new InvalidOperationException(
                $"These tests need {what}; {script} {installation.Outcome}, and {string.Join(", ", files.Where(f => !File.Exists(f)))} is still missing. " +
                $"The end of its output:\n{installation.OutputTail}");
        }
    }

    private sealed record Installation(string Outcome, string OutputTail)
    {
        public static Installation Run(string script)
        {
            var output = new ConcurrentQueue<string>();
            using var process = new Process { StartInfo = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true } };
            process.OutputDataReceived += (_, line) => Keep(output, line.Data);
            process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(InstallLimit))
            {
                process.Kill(entireProcessTree: true);
                return new Installation($"did not finish within {InstallLimit.TotalMinutes} minutes", string.Join('\n', output));
            }

            // The parameterless wait also waits for the redirected output to be read to its end.
            process.WaitForExit();
            return new Installation($"exited with status {process.ExitCode}", string.Join('\n', output));
        }

        private static void Keep(ConcurrentQueue<string> output, string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            while (output.Count > OutputLinesShown && output.TryDequeue(out _))
            {
            }
        }
    }
}
