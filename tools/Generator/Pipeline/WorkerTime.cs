using System.Diagnostics;

namespace Leaflet.Pipeline;

/// <summary>
/// The time workers spent in one stage that runs interleaved with another (each leaflet's PDFs, then
/// its pages), summed over the threads, and the bytes they allocated in it. Thread-safe.
/// </summary>
internal sealed class WorkerTime
{
    private long _ticks;
    private long _allocated;

    public T Measure<T>(Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    }

    public StageTiming ToTiming(string stage) =>
        new(stage, TimeSpan.FromTicks(Interlocked.Read(ref _ticks)), TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, Interlocked.Read(ref _allocated))
        {
            OnWorkers = true,
        };
}
