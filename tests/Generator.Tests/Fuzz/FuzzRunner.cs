using System.Diagnostics;
using Leaflet.Diagnostics;

namespace Leaflet.Tests.Fuzz;

/// <summary>How one case ended: with diagnostics (or none), with an exception, or not within the time allowed.</summary>
public sealed record FuzzOutcome(FuzzCase Case, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics, Exception? Exception, bool TimedOut)
{
    public bool Failed => Exception is not null || TimedOut;

    public override string ToString() => TimedOut
        ? $"{Case}: no end within the time allowed (a hang)"
        : Exception is not null ? $"{Case}: {Exception}" : $"{Case}: {Diagnostics.Count} diagnostics in {Elapsed.TotalSeconds:0.00} s";
}

/// <summary>
/// Runs each case on a thread of its own with a 1 MB stack, smaller than the main thread's, so
/// input that recurses too deeply shows up here first; a case that does not end in time is a hang.
/// A thread cannot be stopped, so after a hang the caller starts again with a fresh pipeline.
/// </summary>
public static class FuzzRunner
{
    public const int StackSize = 1024 * 1024;

    public static FuzzOutcome Run(FuzzCase fuzzCase, ContentPipeline pipeline, TimeSpan timeout)
    {
        IReadOnlyList<Diagnostic> diagnostics = [];
        Exception? exception = null;
        var thread = new Thread(() =>
        {
            try
            {
                diagnostics = pipeline.Run(fuzzCase);
            }
            catch (Exception e)
            {
                exception = e;
            }
        }, StackSize)
        {
            IsBackground = true,
            Name = $"fuzz case {fuzzCase.Index}",
        };
        var clock = Stopwatch.StartNew();
        thread.Start();
        var ended = thread.Join(timeout);
        return new FuzzOutcome(fuzzCase, clock.Elapsed, diagnostics, exception, TimedOut: !ended);
    }
}
