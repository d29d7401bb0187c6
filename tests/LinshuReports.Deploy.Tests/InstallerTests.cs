using System.Diagnostics;
using System.Runtime.Versioning;
using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// The scripts the tests run on a fresh machine (<c>.ci/install-*</c>): test assemblies start together and each asks
/// for its tools, so installers started at once must wait for each other and all succeed, and a failure must say why.
/// </summary>
/// <remarks>A stand-in apt-get records its calls and fails if two run at once; it takes a second, as a download would.</remarks>
[SupportedOSPlatform("linux")]
public sealed class InstallerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linshu-installer-").FullName;

    public InstallerTests()
    {
        Directory.CreateDirectory(Lists);
        WriteScript(FakeApt, $$"""
            #!/usr/bin/env bash
            mkdir "{{_folder}}/running" || { echo "two installs at once" >&2; exit 9; }
            echo "$3" >> "{{_folder}}/calls"
            [ "$3" = install ] && { sleep 1; touch "{{_folder}}/installed"; }
            rmdir "{{_folder}}/running"
            """);
    }

    private string FakeApt => Path.Combine(_folder, "apt-get");

    private string Lists => Path.Combine(_folder, "lists");

    private string[] Calls => File.Exists(Path.Combine(_folder, "calls")) ? File.ReadAllLines(Path.Combine(_folder, "calls")) : [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Two_installers_started_at_once_both_succeed_and_install_once()
    {
        var results = await Task.WhenAll(InstallAsync(), InstallAsync());

        Assert.All(results, r => Assert.True(r.Exit == 0, r.Output));
        Assert.Equal(["update", "install"], Calls);
    }

    [Fact]
    public async Task Fresh_package_lists_are_not_fetched_again()
    {
        File.WriteAllText(Path.Combine(Lists, "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages"), "");

        var (exit, output) = await InstallAsync();

        Assert.True(exit == 0, output);
        Assert.Equal(["install"], Calls);
    }

    [Fact]
    public async Task Installed_packages_are_not_installed_again()
    {
        File.WriteAllText(Path.Combine(_folder, "installed"), "");

        var (exit, output) = await InstallAsync();

        Assert.True(exit == 0, output);
        Assert.Empty(Calls);
    }

    [Fact]
    public void A_failing_installer_puts_its_status_and_the_end_of_its_output_in_the_tests_message()
    {
        var script = Path.Combine(_folder, "install-broken");
        WriteScript(script, "#!/usr/bin/env bash\nfor i in $(seq 1 50); do echo \"line $i\"; done\necho 'E: Unable to locate package chromium' >&2\nexit 100\n");

        var error = Assert.Throws<InvalidOperationException>(() => MachineTools.Ensure(script, "a browser", Path.Combine(_folder, "never")));

        if (Environment.UserName == "root")
        {
            Assert.Contains("exited with status 100", error.Message, StringComparison.Ordinal);
            Assert.Contains("E: Unable to locate package chromium", error.Message, StringComparison.Ordinal);
            Assert.Contains("line 50", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("line 1\n", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"sudo {script}", error.Message, StringComparison.Ordinal);
        }
    }

    private static void WriteScript(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task<(int Exit, string Output)> InstallAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, ".ci", "install-packages"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["LINSHU_APT"] = FakeApt,
                ["LINSHU_APT_LISTS"] = Lists,
                ["LINSHU_INSTALL_LOCK"] = Path.Combine(_folder, "lock"),
            },
        };
        start.ArgumentList.Add($"[ -e {_folder}/installed ]");
        start.ArgumentList.Add("chromium");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
