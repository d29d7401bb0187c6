using System.Runtime.InteropServices;

namespace LinshuReports.Deploy.Tests;

/// <summary>Signals as an operator sends them: <see cref="System.Diagnostics.Process.Kill()"/> can only send SIGKILL.</summary>
public static partial class UnixSignal
{
    public const int Kill = 9;
    public const int Terminate = 15;

    public static void Send(int processId, int signal)
    {
        if (SendSignal(processId, signal) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public static bool IsAlive(int processId) => SendSignal(processId, 0) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int sig);
}
