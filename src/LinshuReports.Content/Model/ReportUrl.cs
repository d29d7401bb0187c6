namespace LinshuReports.Content.Model;

/// <summary>The one place that knows how a report's address is built from its year and slug.</summary>
public static class ReportUrl
{
    public const string Prefix = "/reports";

    public static string For(int year, string slug) => $"{Prefix}/{year}/{slug}";
}
