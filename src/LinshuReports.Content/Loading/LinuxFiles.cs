using System.Text;
using Microsoft.Win32.SafeHandles;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace LinshuReports.Content.Loading;

/// <summary>
/// What .NET cannot do on Linux: tell a regular file from a named pipe, socket or device without opening it
/// (<c>lstat</c>), and open without following a link or waiting for a pipe's writer (<c>O_NOFOLLOW | O_NONBLOCK</c>),
/// then make sure what was opened is a regular file (<c>fstat</c>), so that a file swapped in between is caught too.
/// </summary>
internal static unsafe class LinuxFiles
{
    public static FileOpening KindOf(string path)
    {
        fixed (byte* name = Terminated(path))
        {
            stat status;
            if (lstat(name, &status) != 0)
            {
                var error = errno;
                return error == ENOENT || error == ENOTDIR ? FileOpening.Missing : FileOpening.Unreadable;
            }

            return (status.st_mode & S_IFMT) switch
            {
                var type when type == S_IFREG => FileOpening.Opened,
                var type when type == S_IFLNK => FileOpening.Linked,
                _ => FileOpening.NotRegular,
            };
        }
    }

    public static SafeFileHandle? Open(string path, out FileOpening opening)
    {
        fixed (byte* name = Terminated(path))
        {
            var descriptor = open(name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0);
            if (descriptor < 0)
            {
                opening = Failure(errno);
                return null;
            }

            var handle = new SafeFileHandle(descriptor, ownsHandle: true);
            stat status;
            if (fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
            {
                handle.Dispose();
                opening = FileOpening.NotRegular;
                return null;
            }

            opening = FileOpening.Opened;
            return handle;
        }
    }

    private static FileOpening Failure(int error) =>
        error == ENOENT || error == ENOTDIR ? FileOpening.Missing
        : error == ELOOP ? FileOpening.Linked
        // A socket, or a device without its driver: not a regular file either way.
        : error == ENXIO || error == ENODEV || error == EOPNOTSUPP ? FileOpening.NotRegular
        : FileOpening.Unreadable;

    private static byte[] Terminated(string path) => Encoding.UTF8.GetBytes(path + "\0");
}
