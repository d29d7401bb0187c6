using LinshuReports.Clerk.Commands;
using Microsoft.Extensions.Configuration;

namespace LinshuReports.TestSupport;

/// <summary>linshu's command line in this process, through the same parser a clerk's typing meets.</summary>
public static class Linshu
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter messages, IConfiguration? configuration = null) =>
        ClerkCommandLine.Run(args, output, messages, configuration ?? new ConfigurationBuilder().Build());
}
