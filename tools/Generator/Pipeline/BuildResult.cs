using Leaflet.Diagnostics;

namespace Leaflet.Pipeline;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Languages, int Leaflets, int Pages, TimeSpan Elapsed, bool Published)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Each stage's time, for LEAFLET_TIMINGS=1; empty when the build stopped before its stages ran.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>The articles marked as drafts: left out of the site unless <see cref="DraftsIncluded"/>.</summary>
    public int Drafts { get; init; }

    public bool DraftsIncluded { get; init; }
}
