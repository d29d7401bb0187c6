namespace LinshuReports.TestSupport;

/// <summary>The system's time-zone database (tzdata), which .NET reads a configured zone from; a bare Debian may lack it.</summary>
public static class TimeZoneDatabase
{
    public static void Ensure() => MachineTools.Ensure(
        "install-timezones", "the time-zone database (tzdata)", "/usr/share/zoneinfo/Pacific/Kiritimati", "/usr/share/zoneinfo/Etc/GMT+12");
}
