using LinshuReports.Web.Hosting;

var app = SiteApplication.Build(args);
app.Run();

/// <summary>The entry point, named so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
