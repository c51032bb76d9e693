using System.Diagnostics;

namespace Leaflet.Tests.Support;

/// <summary>
/// Runs the real program and sends it a signal: after a given time, or as soon as inotify sees its
/// swap journal appear (within a millisecond or so: the swap is two renames, so inside it or just after).
/// </summary>
public static class SignalledBuild
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <param name="Sent">False when the program had ended before the signal could be sent.</param>
    /// <param name="JournalAtSignal">The swap journal existed when the signal was sent.</param>
    /// <param name="JournalAfter">The swap journal existed once the program had ended.</param>
    public sealed record Outcome(int Exit, bool Sent, TimeSpan SignalledAt, TimeSpan Ended, bool JournalAtSignal, bool JournalAfter, string Printed);

    /// <param name="moment">The time to signal at, or null to signal when the journal appears.</param>
    public static Outcome Run(IReadOnlyList<string> args, string journal, int signal, TimeSpan? moment)
    {
        var folder = Path.GetDirectoryName(journal)!;
        var journalAtSignal = false;
        var signalledAt = TimeSpan.Zero;
        var sent = false;
        var started = Stopwatch.StartNew();
        using var watcher = new FileSystemWatcher(folder, Path.GetFileName(journal));
        using var process = LeafletProgram.Start(args, workingDirectory: folder);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();

        void Signal()
        {
            journalAtSignal = File.Exists(journal);
            sent = Signals.Send(process, signal);
            signalledAt = started.Elapsed;
        }

        if (moment is null)
        {
            var signalled = 0;
            watcher.Created += (_, _) =>
            {
                if (Interlocked.Exchange(ref signalled, 1) == 0) Signal();
            };
            watcher.EnableRaisingEvents = true;
        }
        else if (!process.WaitForExit(moment.Value))
        {
            Signal();
        }
        if (!process.WaitForExit(Patience))
        {
            process.Kill();
            throw new TimeoutException($"the build did not end within {Patience} of {Signals.Name(signal)}");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, sent, signalledAt, started.Elapsed, journalAtSignal, File.Exists(journal),
            error.Result + output.Result);
    }
}
