using System.Globalization;
using System.Text;
using LinshuReports.Clerk.Commands;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Clerk;

/// <summary>linshu's entry point, in a namespace of its own: the web project's <c>Program</c> is the server's.</summary>
public static class Program
{
    /// <summary>
    /// The site's settings read once: a command ends before they could change, and watching the settings files would
    /// take one of the machine's few inotify instances (128 by default on Linux), failing the command where they run out.
    /// </summary>
    public const string NoReload = "--hostBuilder:reloadConfigOnChange=false";

    public static int Main(string[] args)
    {
        // A clerk's Windows console defaults to the GBK code page; every message is Chinese, the command-line library's too.
        Console.OutputEncoding = Encoding.UTF8;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return ClerkCommandLine.Run(args, Console.Out, Console.Error, SiteApplication.CreateBuilder([NoReload]).Configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file that vanished or cannot be read midway: the clerk gets the reason, not a stack trace.
            Console.Error.WriteLine($"错误：{ex.Message}");
            return 1;
        }
    }
}
