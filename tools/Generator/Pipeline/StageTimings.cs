using System.Diagnostics;

namespace Leaflet.Pipeline;

/// <summary>How long one stage of a build took, in the order the stages ran, and what the process spent in it.</summary>
/// <param name="User">CPU time in the program itself, on all threads: above <paramref name="Elapsed"/> when several cores worked.</param>
/// <param name="System">CPU time in the kernel on the program's behalf (files, folders, memory).</param>
/// <param name="GcPause">Time the garbage collector held the program's threads still.</param>
/// <param name="Allocated">Bytes the stage allocated, what the garbage collector's work grows with.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan User, TimeSpan System, TimeSpan GcPause, long Allocated)
{
    /// <summary>
    /// A stage interleaved with another on the same workers: <see cref="Elapsed"/> is the time summed
    /// over the threads that ran it, <see cref="Allocated"/> theirs, and the process's CPU times are not
    /// separable (zero).
    /// </summary>
    public bool OnWorkers { get; init; }
}

/// <summary>
/// Times the stages of one build. The engine only records; the command line decides whether to
/// show them (LEAFLET_TIMINGS=1), so profiling a build needs no other tool. The CPU times show
/// whether a stage kept every core busy, which wall time alone cannot tell on a shared machine.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Process _process = Process.GetCurrentProcess();
    private Sample _last;

    public StageTimings()
    {
        _last = Take();
    }

    /// <summary>Ends the stage that started when the previous one ended.</summary>
    public void End(string stage)
    {
        var now = Take();
        _stages.Add(new StageTiming(stage, now.Elapsed - _last.Elapsed, now.User - _last.User, now.System - _last.System,
            now.GcPause - _last.GcPause, now.Allocated - _last.Allocated));
        _last = now;
    }

    /// <summary>Adds a part of the stage just ended, measured on the workers that ran it.</summary>
    public void Add(StageTiming part) => _stages.Add(part);

    public IReadOnlyList<StageTiming> ToList() => _stages.ToList();

    private readonly record struct Sample(TimeSpan Elapsed, TimeSpan User, TimeSpan System, TimeSpan GcPause, long Allocated);

    private Sample Take()
    {
        _process.Refresh();
        return new Sample(_clock.Elapsed, _process.UserProcessorTime, _process.PrivilegedProcessorTime,
            GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
    }
}
