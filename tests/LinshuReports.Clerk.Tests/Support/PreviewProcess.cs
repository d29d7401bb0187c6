using System.Diagnostics;
using System.Text;

namespace LinshuReports.TestSupport;

/// <summary>linshu previewing, in a process of its own: its output so far, the address it printed and the temporary folder it named.</summary>
public sealed class PreviewProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewProcess(Process process) => _process = process;

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public string Address { get; private set; } = string.Empty;

    public string Folder => Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("预览文件夹（结束时删除）：", StringComparison.Ordinal))["预览文件夹（结束时删除）：".Length..];

    /// <summary>The linshu built beside the tests.</summary>
    public static Task<PreviewProcess> StartAsync(IEnumerable<string> args) => StartAsync(LinshuProcess.StartInfo(args));

    public static async Task<PreviewProcess> StartAsync(ProcessStartInfo start)
    {
        var preview = new PreviewProcess(Process.Start(start)!);
        preview._process.OutputDataReceived += (_, e) => preview.Read(e.Data);
        preview._process.ErrorDataReceived += (_, e) => preview.Read(e.Data);
        preview._process.BeginOutputReadLine();
        preview._process.BeginErrorReadLine();
        var exited = preview._process.WaitForExitAsync();
        var first = await Task.WhenAny(preview._address.Task, exited).WaitAsync(LinshuProcess.HangLimit);
        if (first == preview._address.Task)
        {
            preview.Address = await preview._address.Task;
        }

        return preview;
    }

    public async Task<int> ExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(LinshuProcess.HangLimit);
        _process.WaitForExit(); // the rest of the output
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGINT, as Ctrl+C sends it; SIGTERM, which the host treats alike, where this test run itself ignores SIGINT
    /// (started in the background by a non-interactive shell): the preview inherits that and, as nohup expects,
    /// keeps ignoring it.
    /// </summary>
    public async Task<string> StopAsync()
    {
        var signal = IgnoresInterrupt() ? "-TERM" : "-INT";
        using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.Equal(0, await ExitAsync());
        return Output;
    }

    /// <summary>Whether SIGINT (bit 1 of the SigIgn mask) is ignored by this process, as its children will be.</summary>
    private static bool IgnoresInterrupt()
    {
        var ignored = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        return (Convert.ToUInt64(ignored, 16) & 0b10) != 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string Printed = "预览地址：";
        if (line.StartsWith(Printed, StringComparison.Ordinal))
        {
            _address.TrySetResult(line[Printed.Length..].Split('（')[0]);
        }
    }
}
