using System.ComponentModel;
using System.Diagnostics;

namespace LinshuReports.Clerk.Preview;

/// <summary>
/// The clerk's default browser, opened at the preview's address where there is a desktop to show it: always on
/// Windows and macOS, on Linux only in a graphical session (a server, an SSH login or a test run has none).
/// </summary>
public static class DesktopBrowser
{
    public static bool HasDesktop(Func<string, string?> environment) =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        || !string.IsNullOrEmpty(environment("DISPLAY")) || !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"));

    public static void TryOpen(string address, TextWriter output)
    {
        if (!HasDesktop(Environment.GetEnvironmentVariable))
        {
            return;
        }

        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(address) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [address]);
        try
        {
            using var browser = Process.Start(start);
        }
        catch (Win32Exception)
        {
            // No browser or opener installed: the address printed above is enough.
            output.WriteLine("没能自动打开浏览器，请把上面的预览地址复制到浏览器里打开。");
        }
    }
}
