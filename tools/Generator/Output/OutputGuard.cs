using Leaflet.Diagnostics;

namespace Leaflet.Output;

/// <summary>
/// The build deletes and replaces its output folder, so it must never be a folder that holds
/// anything else: the file system root, the home folder, or a folder containing the sources.
/// </summary>
public static class OutputGuard
{
    public static Diagnostic? Check(string output, IEnumerable<string> sources)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd(Path.DirectorySeparatorChar);
        var reason =
            full.Length == 0 || Path.GetPathRoot(full + Path.DirectorySeparatorChar) == full + Path.DirectorySeparatorChar ? "it is the root of the file system"
            : full == home ? "it is the home folder"
            : sources.Select(s => Path.GetFullPath(s).TrimEnd(Path.DirectorySeparatorChar))
                .Any(s => s == full || s.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ? "it holds the content or the templates"
            : File.Exists(Path.Combine(full, "Leaflet.sln")) || Directory.Exists(Path.Combine(full, ".git")) ? "it is a repository"
            : null;
        return reason is null ? null : Diagnostic.Error("LF9003", output, 0, 0,
            $"refusing to use this folder as the output, because {reason}: the build replaces the output folder whole");
    }
}
