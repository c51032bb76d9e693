using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Leaflet.Tests.Support;

/// <summary>
/// Sends a POSIX signal to a process, as Ctrl+C or a service manager does. Process.Kill cannot: it
/// sends SIGKILL only, which no program can answer.
/// </summary>
public static class Signals
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;
    public const int SIGCONT = 18;
    public const int SIGSTOP = 19;

    private const int NoSuchProcess = 3; // ESRCH

    public static string Name(int signal) => signal switch { SIGINT => "SIGINT", SIGKILL => "SIGKILL", SIGTERM => "SIGTERM", SIGCONT => "SIGCONT", SIGSTOP => "SIGSTOP", _ => $"signal {signal}" };

    /// <returns>False when the process had already ended.</returns>
    public static bool Send(Process process, int signal)
    {
        if (kill(process.Id, signal) == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error == NoSuchProcess) return false;
        throw new Win32Exception(error, $"kill -{signal} {process.Id}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
