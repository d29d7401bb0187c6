using LinshuReports.Clerk.Preview;

namespace LinshuReports.Clerk.Tests.Preview;

/// <summary>The preview opens the clerk's browser only where there is a desktop to show it: never on a server or in these tests.</summary>
public sealed class DesktopBrowserTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    [InlineData(":0", null, true)]
    [InlineData(null, "wayland-0", true)]
    public void OnLinux_ADesktopIsAnXOrWaylandSession(string? display, string? wayland, bool desktop)
    {
        var environment = new Dictionary<string, string?> { ["DISPLAY"] = display, ["WAYLAND_DISPLAY"] = wayland };

        // Windows and macOS always have one.
        Assert.Equal(desktop || !OperatingSystem.IsLinux(), DesktopBrowser.HasDesktop(name => environment.GetValueOrDefault(name)));
    }
}
