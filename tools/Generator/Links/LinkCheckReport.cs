using Leaflet.Diagnostics;

namespace Leaflet.Links;

/// <summary>What one check found, sorted by file, line and column.</summary>
public sealed record LinkCheckReport(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Links, TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
