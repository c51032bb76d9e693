using System.Diagnostics;

namespace Leaflet.Build;

/// <summary>How long one stage of a build took, in the order the stages ran.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>
/// Times the stages of one build. The engine only records; the command line decides whether to
/// show them (LEAFLET_TIMINGS=1), so profiling a build needs no other tool.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;

    /// <summary>Ends the stage that started when the previous one ended.</summary>
    public void End(string stage)
    {
        var now = _clock.Elapsed;
        _stages.Add(new StageTiming(stage, now - _last));
        _last = now;
    }

    public IReadOnlyList<StageTiming> ToList() => _stages.ToList();
}
