using System.Text;
using LinshuReports.Web.Hosting;

if (ClerkCommandRefusal.Applies(args))
{
    Console.OutputEncoding = Encoding.UTF8;
    return ClerkCommandRefusal.Explain(Console.Error);
}

SiteApplication.Build(args).Run();
return 0;

/// <summary>The entry point, named so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
