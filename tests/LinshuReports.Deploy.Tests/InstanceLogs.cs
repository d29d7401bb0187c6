using LinshuReports.TestSupport;

namespace LinshuReports.Deploy.Tests;

/// <summary>What the instances wrote to their logs (compact JSON, one event per line), read as an operator would.</summary>
public static class InstanceLogs
{
    /// <summary>The first line, in any instance's log, that mentions <paramref name="text"/>; the log is written asynchronously.</summary>
    public static Task<string> WaitForLineAsync(RunLocal run, string text, int? port = null) =>
        Eventually.GetAsync(
            () => run.Logs.Where(l => port is null || l.Key == port).SelectMany(l => Lines(l.Value)).FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)),
            () => $"no instance logged {text}");

    /// <summary>The log as it stands; the instance keeps writing to it, so it is opened shared.</summary>
    private static List<string> Lines(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
