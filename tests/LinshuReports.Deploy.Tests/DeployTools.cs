using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>What the deployment needs on the machine, installed by <c>.ci/install-deploy</c>.</summary>
public static class DeployTools
{
    public static void Ensure() => MachineTools.Ensure(
        "install-deploy", "nginx, openssl, curl and systemd-analyze",
        "/usr/sbin/nginx", "/usr/bin/openssl", "/usr/bin/curl", "/usr/bin/systemd-analyze");
}
