using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Leaflet.Output;

/// <summary>
/// One build at a time writes an output folder and the folders beside it. An operating-system lock (flock) on
/// <see cref="OutputLocation.Lock"/>: the kernel releases it when its holder ends, however it ends, so a killed
/// build never blocks the next. The file holds the holder's process id, for the message a waiting build gives;
/// what excludes the builds is the lock, never the file's presence or its text.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // A lock busy for a moment is not worth a line: a build that has just ended may still be closing its file.
    private const int PollsBeforeSayingSo = 5;

    private readonly SafeFileHandle _file;

    private OutputLock(SafeFileHandle file) => _file = file;

    /// <summary>Takes the lock, waiting for the build that holds it unless <paramref name="wait"/> is false.</summary>
    /// <param name="waiting">Told, once the wait has lasted half a second, the process id of the build being waited for (null when it could not be read).</param>
    /// <param name="holder">The process id of the build that holds the lock, when it was not taken.</param>
    /// <returns>The lock, held until disposed; null when another build holds it and <paramref name="wait"/> is false.</returns>
    public static OutputLock? Take(OutputLocation location, bool wait, Action<int?>? waiting, CancellationToken cancel, out int? holder)
    {
        Directory.CreateDirectory(location.Parent);
        var file = Posix.OpenLockFile(location.Lock);
        try
        {
            holder = null;
            var polls = 0;
            // Polled rather than a blocking flock, so Ctrl+C still cancels a build that waits.
            while (Posix.Lock(file, Posix.LockExclusive | Posix.LockNoWait) is var error && error != 0)
            {
                if (error != Posix.WouldBlock) throw Posix.Failure($"cannot lock '{location.Lock}'");
                holder = ReadHolder(file);
                if (!wait)
                {
                    file.Dispose();
                    return null;
                }
                if (++polls == PollsBeforeSayingSo) waiting?.Invoke(holder);
                cancel.WaitHandle.WaitOne(Poll);
                cancel.ThrowIfCancellationRequested();
            }
            WriteHolder(file, Environment.ProcessId);
            holder = null;
            return new OutputLock(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Closing the file releases the lock.</summary>
    public void Dispose() => _file.Dispose();

    private static int? ReadHolder(SafeFileHandle file)
    {
        Span<byte> buffer = stackalloc byte[32];
        var read = RandomAccess.Read(file, buffer, 0);
        return int.TryParse(Encoding.ASCII.GetString(buffer[..read]).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static void WriteHolder(SafeFileHandle file, int pid)
    {
        var text = Encoding.ASCII.GetBytes(pid.ToString(CultureInfo.InvariantCulture) + "\n");
        RandomAccess.SetLength(file, 0);
        RandomAccess.Write(file, text, 0);
    }
}
