namespace LinshuReports.Content.Model;

/// <summary>The one place that knows the address of a year's page (the route itself is Pages/Year.cshtml).</summary>
public static class YearUrl
{
    public static string For(int year) => $"/years/{year}";
}
