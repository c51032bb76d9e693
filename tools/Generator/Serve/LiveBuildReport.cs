using Leaflet.Diagnostics;

namespace Leaflet.Serve;

/// <summary>What one build of serve did, for the command line to print and the browser to hear.</summary>
/// <param name="Changed">Output paths whose bytes differ from the build served before; empty when nothing was published.</param>
/// <param name="Everything">The whole site was read again, rather than only what the change touched.</param>
public sealed record LiveBuildReport(
    IReadOnlyList<string> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Published,
    int Number,
    IReadOnlyList<string> Changed,
    int PagesRendered,
    int PdfsMade,
    int PagesChecked,
    bool Everything,
    TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
