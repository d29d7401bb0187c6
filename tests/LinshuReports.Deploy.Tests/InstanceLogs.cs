namespace LinshuReports.Deploy.Tests;

/// <summary>What the instances wrote to their logs (compact JSON, one event per line), read as an operator would.</summary>
public static class InstanceLogs
{
    /// <summary>The first line, in any instance's log, that mentions <paramref name="text"/>; the log is written asynchronously.</summary>
    public static async Task<string> WaitForLineAsync(RunLocal run, string text, int? port = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var files = run.Logs.Where(l => port is null || l.Key == port).Select(l => l.Value);
            if (files.SelectMany(Lines).FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no instance logged {text}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The log as it stands; the instance keeps writing to it, so it is opened shared.</summary>
    private static IEnumerable<string> Lines(string file)
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
