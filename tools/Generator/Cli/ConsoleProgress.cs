using System.Globalization;
using Leaflet.Pipeline;

namespace Leaflet.Cli;

/// <summary>
/// What <c>build</c> shows while it runs. A wait for another build is always said, on stderr, since a build that
/// seems stuck needs the reason wherever its output goes. The stage and its count (<c>rendering leaflets 1234/2000</c>)
/// are drawn only on a terminal, over and over on one line (a carriage return, no escape sequences), at most ten
/// times a second whatever the number of leaflets, and wiped before the build's own lines are printed: a log or a
/// pipe gets none of it.
/// </summary>
/// <param name="error">Where the wait is said.</param>
/// <param name="terminal">stderr when it is a terminal; null draws nothing.</param>
/// <param name="time">The clock the redraws are spaced by; the system's when null.</param>
public sealed class ConsoleProgress(TextWriter error, string outputFolder, TextWriter? terminal, TimeProvider? time = null) : IBuildProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _drawing = new();
    private string _stage = "";
    private int _total;
    private int _done;
    private long _drawnAt;
    private int _width;

    public void WaitingForOtherBuild(int? processId)
    {
        Wipe();
        var who = processId is { } pid ? $"pid {pid.ToString(CultureInfo.InvariantCulture)}" : "pid unknown";
        error.WriteLine($"leaflet: another build ({who}) is writing {outputFolder}/; waiting for it to finish (--no-wait fails at once instead)");
        error.Flush();
    }

    public void StageStarted(string stage, int total)
    {
        if (terminal is null) return;
        lock (_drawing)
        {
            (_stage, _total) = (stage, total);
            Interlocked.Exchange(ref _done, 0);
            Draw();
        }
    }

    public void ItemDone()
    {
        if (terminal is null) return;
        Interlocked.Increment(ref _done);
        // Only one worker draws, and only when the last drawing is old enough; the others go straight back to work.
        if (_time.GetElapsedTime(Interlocked.Read(ref _drawnAt)) < Interval || !_drawing.TryEnter()) return;
        try
        {
            Draw();
        }
        finally
        {
            _drawing.Exit();
        }
    }

    /// <summary>Clears the line drawn last, so what the build prints next starts on a clean line.</summary>
    public void Wipe()
    {
        if (terminal is null) return;
        lock (_drawing)
        {
            if (_width == 0) return;
            terminal.Write("\r" + new string(' ', _width) + "\r");
            terminal.Flush();
            _width = 0;
        }
    }

    private void Draw()
    {
        var done = Volatile.Read(ref _done);
        var text = _total > 0 ? string.Create(CultureInfo.InvariantCulture, $"{_stage} {done}/{_total}") : _stage + "...";
        terminal!.Write("\r" + text.PadRight(_width));
        terminal.Flush();
        _width = text.Length;
        Interlocked.Exchange(ref _drawnAt, _time.GetTimestamp());
    }
}
