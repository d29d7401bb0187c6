using System.Diagnostics;

namespace LinshuReports.TestSupport;

/// <summary>
/// Programs some tests drive (chromium, nginx…), installed by the repository's own scripts in <c>.ci/</c>. The tests'
/// one command must work on a fresh machine: as root it runs the script, otherwise it says which one to run.
/// </summary>
public static class MachineTools
{
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
        if (Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            using var install = Process.Start(script);
            install!.WaitForExit();
            if (files.All(File.Exists))
            {
                return;
            }
        }

        throw new InvalidOperationException($"These tests need {what}. Install them once with: sudo {script}");
    }
}
