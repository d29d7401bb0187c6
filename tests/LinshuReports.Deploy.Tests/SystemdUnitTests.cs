using System.Diagnostics;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>The instance unit a county's IT office installs: systemd accepts it, and it keeps its hardening.</summary>
public sealed class SystemdUnitTests
{
    private static readonly string Template = Path.Combine(RepositoryPaths.Root, "src", "deploy", "systemd", "linshu-reports@.service");

    [Fact]
    public async Task Systemd_accepts_an_instance_of_the_unit_without_a_warning()
    {
        DeployTools.Ensure();
        var folder = Directory.CreateTempSubdirectory("linshu-unit-");
        try
        {
            // An instance named by its port, as systemctl enable linshu-reports@5101 would make it.
            var unit = Path.Combine(folder.FullName, "linshu-reports@5101.service");
            File.Copy(Template, unit);
            var start = new ProcessStartInfo("systemd-analyze", ["verify", unit]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var verify = Process.Start(start)!;
            var output = await verify.StandardOutput.ReadToEndAsync() + await verify.StandardError.ReadToEndAsync();
            await verify.WaitForExitAsync();

            Assert.Equal(0, verify.ExitCode);
            Assert.Equal("", output.Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Restart=on-failure")]
    [InlineData("User=linshu-reports")]
    [InlineData("NoNewPrivileges=yes")]
    [InlineData("PrivateTmp=yes")]
    [InlineData("ProtectSystem=strict")]
    [InlineData("ReadOnlyPaths=/srv/linshu-reports/content")]
    [InlineData("ExecStart=/usr/bin/dotnet /opt/linshu-reports/LinshuReports.Web.dll --urls http://127.0.0.1:%i")]
    public void The_unit_runs_unprivileged_read_only_on_its_own_port_and_restarts_after_a_failure(string directive)
    {
        Assert.Contains(directive, File.ReadAllLines(Template));
    }
}
