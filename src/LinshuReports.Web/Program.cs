using System.Text;
using LinshuReports.Web.Commands;
using LinshuReports.Web.Hosting;

// The site starts with no command, only the host's own settings (--urls …); anything else is a command or a mistake.
var unknown = HostArguments.FirstUnknown(args);
if (unknown is not null)
{
    // A clerk's Windows console defaults to the GBK code page; the messages are Chinese.
    Console.OutputEncoding = Encoding.UTF8;
}

return args switch
{
    _ when unknown is null => RunSite(args),
    [CheckCommand.Name, .. var rest] => CheckCommand.Run(rest, Console.Out, Configuration()),
    [ImportCommand.Name, .. var rest] => ImportCommand.Run(rest, Console.Out, Console.Error),
    [NewCommand.Name, .. var rest] => NewCommand.Run(rest, Console.Out, Configuration()),
    [PreviewCommand.Name, .. var rest] => PreviewCommand.Run(rest, Console.Out, Configuration()),
    [var help] when CommandList.IsHelp(help) => CommandList.Help(Console.Out),
    _ => CommandList.Unknown(unknown, Console.Error),
};

static int RunSite(string[] args)
{
    SiteApplication.Build(args).Run();
    return 0;
}

// The site's own configuration (settings files, environment), so Content__Root means to a command what it means to the site.
static IConfiguration Configuration() => SiteApplication.CreateBuilder([]).Configuration;

/// <summary>The entry point, named so that WebApplicationFactory can host the site in tests.</summary>
public partial class Program;
