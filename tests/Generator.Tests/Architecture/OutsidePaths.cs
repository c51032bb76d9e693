using System.Text.RegularExpressions;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// Finds, in the text of a test, script or project file, a path that leads out of the repository:
/// a fresh clone with nothing beside it must build and pass its tests.
/// </summary>
public static partial class OutsidePaths
{
    /// <summary>
    /// What <paramref name="text"/>, the file at <paramref name="file"/> (absolute) in the repository
    /// at <paramref name="root"/>, reads outside it: one description per finding, empty when none.
    /// </summary>
    public static IReadOnlyList<string> In(string root, string file, string text)
    {
        var found = new List<string>();
        foreach (Match match in MachineFolder().Matches(text))
            found.Add($"line {LineOf(text, match.Index)}: '{match.Value.Trim()}' names a folder of this machine");
        if (file.EndsWith(".cs", StringComparison.Ordinal))
        {
            foreach (Match match in PathCallClimbing().Matches(text))
                found.Add($"line {LineOf(text, match.Index)}: a path built with '..' climbs from where the tests run");
        }
        else
        {
            // Scripts and project files name paths relative to their own folder
            // ($(dirname "$0"), $(MSBuildThisFileDirectory), an Include): each must end inside the repository.
            var folder = Path.GetDirectoryName(file)!;
            var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            foreach (Match match in RelativeClimb().Matches(text))
            {
                var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(folder, match.Value.Replace('\\', '/'))));
                if (target != inside && !target.StartsWith(inside + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    found.Add($"line {LineOf(text, match.Index)}: '{match.Value}' leads to {target}, outside the repository");
            }
        }
        return found;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>An absolute path into a machine's own folders (a workspace, a home folder, a mount), not a system one.</summary>
    [GeneratedRegex(@"(?<![\w.:/~-])(?:/(?:work|home|Users|root|mnt|srv|media)/|~/|\$HOME\b)")]
    private static partial Regex MachineFolder();

    /// <summary>A Path.Combine, Path.Join or Path.GetFullPath whose statement passes "..", "../…" or "..\\…".</summary>
    [GeneratedRegex(@"Path\.(?:Combine|Join|GetFullPath)\([^;]*?""\.\.(?:[/\\][^""]*)?""")]
    private static partial Regex PathCallClimbing();

    /// <summary>A run of "../" (or "..\") and what follows it up to a quote, a space or the end of an attribute.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:\.\.[/\\])*\.\.(?:[/\\][^\s""'<>;$)]*)?(?=[\s""'<>;)]|$)", RegexOptions.Multiline)]
    private static partial Regex RelativeClimb();
}
