using System.Diagnostics;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// nginx, openssl, curl and systemd-analyze, which the deployment needs. The tests' one command must work on a fresh
/// machine: as root it installs them (<c>.ci/install-deploy</c>), otherwise it says how.
/// </summary>
public static class DeployTools
{
    private static readonly string[] Required = ["/usr/sbin/nginx", "/usr/bin/openssl", "/usr/bin/curl", "/usr/bin/systemd-analyze"];

    private static readonly Lazy<bool> Installed = new(Install);

    public static void Ensure()
    {
        if (!Installed.Value)
        {
            throw new InvalidOperationException(
                $"The deployment tests need nginx, openssl, curl and systemd-analyze. Install them once with: sudo {Installer}");
        }
    }

    private static string Installer => Path.Combine(RepositoryPaths.Root, ".ci", "install-deploy");

    private static bool Install()
    {
        if (Required.All(File.Exists))
        {
            return true;
        }

        if (Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            using var install = Process.Start(Installer);
            install!.WaitForExit();
        }

        return Required.All(File.Exists);
    }
}
