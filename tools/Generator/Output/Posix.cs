using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Leaflet.Output;

/// <summary>
/// The few C library calls the output needs and .NET does not offer: a folder opened for fsync, syncfs, and
/// flock. .NET's own advisory locks are switched off for the generator (docs/decisions/0006-no-advisory-file-locks.md),
/// so a lock between builds is taken here, explicitly.
/// </summary>
internal static class Posix
{
    private const int ReadOnly = 0;          // O_RDONLY
    private const int ReadWrite = 2;         // O_RDWR
    private const int Create = 0x40;         // O_CREAT
    private const int ReadableByAll = 0x1A4; // 0644, rw-r--r--, for a file O_CREAT makes
    private const int Directory = 0x10000;   // O_DIRECTORY (Linux)
    private const int CloseOnExec = 0x80000; // O_CLOEXEC (Linux)

    public const int LockExclusive = 2; // LOCK_EX
    public const int LockNoWait = 4;    // LOCK_NB

    private const int Interrupted = 4;  // EINTR
    public const int WouldBlock = 11;   // EWOULDBLOCK, EAGAIN
    private const int Invalid = 22;     // EINVAL: a file system that cannot sync this kind of file

    /// <summary>A folder opened read-only, for fsync or syncfs; closed when the handle is disposed.</summary>
    public static SafeFileHandle OpenFolder(string path) => Open(path, ReadOnly | Directory | CloseOnExec, "folder");

    /// <summary>
    /// A file opened for reading and writing, made when missing, without the advisory lock .NET takes on the files it
    /// opens in a process that has not switched it off (a test host): that lock would stand in the way of this one.
    /// </summary>
    public static SafeFileHandle OpenLockFile(string path) => Open(path, ReadWrite | Create | CloseOnExec, "file");

    private static SafeFileHandle Open(string path, int flags, string what)
    {
        int fd;
        while ((fd = open(path, flags, ReadableByAll)) < 0 && Marshal.GetLastPInvokeError() == Interrupted) { }
        if (fd < 0) throw Failure($"cannot open {what} '{path}'");
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Writes to the disk everything the file system holding <paramref name="handle"/> has cached.</summary>
    public static void SyncFileSystem(SafeFileHandle handle, string path)
    {
        if (syncfs(Fd(handle)) != 0) throw Failure($"cannot write the file system of '{path}' to disk");
    }

    /// <summary>Writes one file or folder to the disk; a file system that cannot (EINVAL) keeps nothing to write.</summary>
    public static void Sync(SafeFileHandle handle, string path)
    {
        int result;
        while ((result = fsync(Fd(handle))) != 0 && Marshal.GetLastPInvokeError() == Interrupted) { }
        if (result != 0 && Marshal.GetLastPInvokeError() != Invalid) throw Failure($"cannot write '{path}' to disk");
    }

    /// <returns>0, or the error number (<see cref="WouldBlock"/> when another holds the lock and LOCK_NB was asked).</returns>
    public static int Lock(SafeFileHandle handle, int operation)
    {
        int result;
        while ((result = flock(Fd(handle), operation)) != 0 && Marshal.GetLastPInvokeError() == Interrupted) { }
        return result == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    /// <summary>A system call's failure as the IOException a file operation gives, which the build reports as LF9007.</summary>
    public static IOException Failure(string what) =>
        new($"{what}: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");

    private static int Fd(SafeFileHandle handle) => (int)handle.DangerousGetHandle();

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int syncfs(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);
}
