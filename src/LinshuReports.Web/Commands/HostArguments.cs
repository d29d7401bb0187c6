namespace LinshuReports.Web.Commands;

/// <summary>
/// The arguments that start the site rather than a command: the host's own settings (<c>--urls http://…</c>, as the
/// systemd unit, run-local and the benchmarks pass it; <c>--environment=…</c>, as WebApplicationFactory passes its
/// settings, sections included as <c>--Content=</c>, empty) and configuration keys by their section path
/// (<c>--Content:Root=…</c>). Anything else is a mistake to be told, never a site started with a setting nobody reads.
/// </summary>
public static class HostArguments
{
    private static readonly HashSet<string> HostKeys = new(
    [
        WebHostDefaults.ServerUrlsKey, WebHostDefaults.EnvironmentKey, WebHostDefaults.ContentRootKey, WebHostDefaults.ApplicationKey,
        WebHostDefaults.WebRootKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey, WebHostDefaults.DetailedErrorsKey,
        WebHostDefaults.ShutdownTimeoutKey, WebHostDefaults.PreferHostingUrlsKey, WebHostDefaults.PreventHostingStartupKey,
        WebHostDefaults.HostingStartupAssembliesKey, WebHostDefaults.HostingStartupExcludeAssembliesKey,
        WebHostDefaults.SuppressStatusMessagesKey, WebHostDefaults.CaptureStartupErrorsKey, WebHostDefaults.StartupAssemblyKey,
        WebHostDefaults.StaticWebAssetsKey,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first argument that is not a host setting, or null when all are (and when there are none).</summary>
    public static string? FirstUnknown(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            var key = argument.StartsWith("--", StringComparison.Ordinal) ? argument[2..].Split('=', 2)[0] : null;
            if (key is null || !(HostKeys.Contains(key) || key.Contains(':', StringComparison.Ordinal) || argument.EndsWith('=')))
            {
                return argument;
            }

            if (!argument.Contains('=', StringComparison.Ordinal))
            {
                // "--urls http://…": the value is the next argument.
                if (++i == args.Count)
                {
                    return argument;
                }
            }
        }

        return null;
    }
}
