using Leaflet.Diagnostics;

namespace Leaflet.Scaffold;

/// <summary>What <c>new</c> or <c>add</c> wrote (paths as diagnostics print them), or why it wrote nothing.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.Count == 0;

    public static ScaffoldResult Refused(DiagnosticBag diagnostics) => new([], diagnostics.ToSortedList());
}
