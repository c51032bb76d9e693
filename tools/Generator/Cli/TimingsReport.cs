using System.Globalization;
using Leaflet.Pipeline;

namespace Leaflet.Cli;

/// <summary>
/// With LEAFLET_TIMINGS=1, <c>build</c> also prints how long each stage took, the CPU time it used
/// and the process's peak memory: the first thing to look at before optimising anything. The PDF and
/// HTML stages run interleaved, leaflet by leaflet, so under "render" each shows its time summed over the workers.
/// </summary>
public static class TimingsReport
{
    public const string Variable = "LEAFLET_TIMINGS";

    public static bool Wanted => Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Write(TextWriter writer, BuildResult result)
    {
        foreach (var stage in result.Timings)
        {
            if (stage.OnWorkers)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage.Stage,-10} {stage.Elapsed.TotalSeconds,7:0.000} s  summed over the workers                      allocated {stage.Allocated / (1024.0 * 1024.0),5:0} MB"));
                continue;
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage.Stage,-10} {stage.Elapsed.TotalSeconds,7:0.000} s  user {stage.User.TotalSeconds,5:0.00} s  sys {stage.System.TotalSeconds,5:0.00} s  GC pause {stage.GcPause.TotalSeconds,5:0.00} s  allocated {stage.Allocated / (1024.0 * 1024.0),5:0} MB"));
        }
        var peak = Environment.WorkingSet / (1024.0 * 1024.0);
        var gc = GC.GetGCMemoryInfo();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  working set {peak:0} MB, GC heap peak {gc.HeapSizeBytes / (1024.0 * 1024.0):0} MB, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections, GC mode {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}"));
    }
}
