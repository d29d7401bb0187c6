using System.Diagnostics;
using System.Net.Sockets;

namespace LinshuReports.TestSupport;

/// <summary>Files that are not regular files, as found in a content folder by mistake or malice: opening one can wait for ever.</summary>
public static class SpecialFiles
{
    public const string Fifo = "fifo";
    public const string Socket = "socket";

    /// <summary>Makes one of the kinds above at <paramref name="path"/>; dispose the result when done (a socket's listener).</summary>
    public static IDisposable Make(string kind, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case Fifo:
                using (var mkfifo = Process.Start("mkfifo", [path]))
                {
                    mkfifo.WaitForExit();
                    Xunit.Assert.Equal(0, mkfifo.ExitCode);
                }

                return new Nothing();
            case Socket:
                var socket = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return socket;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "fifo or socket");
        }
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
