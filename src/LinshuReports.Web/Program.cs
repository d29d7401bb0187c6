using System.Text;
using LinshuReports.Web.Commands;
using LinshuReports.Web.Hosting;

if (args is [CheckCommand.Name or ImportCommand.Name, ..])
{
    // A clerk's Windows console defaults to the GBK code page; the messages are Chinese.
    Console.OutputEncoding = Encoding.UTF8;
}

return args switch
{
    [CheckCommand.Name, .. var rest] => CheckCommand.Run(rest, Console.Out, SiteApplication.CreateBuilder([]).Configuration),
    [ImportCommand.Name, .. var rest] => ImportCommand.Run(rest, Console.Out, Console.Error),
    _ => RunSite(args),
};

static int RunSite(string[] args)
{
    SiteApplication.Build(args).Run();
    return 0;
}

/// <summary>The entry point, named so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
