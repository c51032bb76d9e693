using Leaflet.Scaffold;

namespace Leaflet.Cli;

/// <summary>Prints what <c>new</c> or <c>add</c> did: the files written, or the diagnostics, with the exit code.</summary>
public static class ScaffoldOutput
{
    public static int Report(ScaffoldResult result, TextWriter output, TextWriter error, string? next)
    {
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic);
        if (!result.Succeeded) return 1;
        foreach (var path in result.Written) output.WriteLine($"Wrote {path}");
        if (next is not null) output.WriteLine(next);
        return 0;
    }
}
