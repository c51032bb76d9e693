using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Output;

/// <summary>
/// The build deletes and replaces its output folder and two folders beside it, so it must never be
/// given a folder that holds anything else: the file system root, the home folder, a repository, the
/// sources or a folder around or inside them, or any folder with files in it that an earlier build
/// did not mark as its own (<see cref="OutputMarker"/>).
/// </summary>
public static class OutputGuard
{
    public static Diagnostic? Check(string output, IEnumerable<string> sources)
    {
        string? reason;
        try
        {
            reason = Reason(output, sources);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            reason = $"its path cannot be used ({e.Message})";
        }
        return reason is null ? null : Diagnostic.Of(DiagnosticCodes.OutputRefused, output.Length == 0 ? "leaflet" : output, 0, 0,
            $"refusing to use this folder as the output, because {reason}: the build replaces the output folder whole");
    }

    private static string? Reason(string output, IEnumerable<string> sources)
    {
        var given = Trim(Path.GetFullPath(output));
        if (given.Length == 0 || Path.GetDirectoryName(given) is null) return "it is the root of the file system";
        if (File.Exists(given)) return "it is a file";
        if (new DirectoryInfo(given).LinkTarget is not null)
            return "it is a symbolic link, which the swap would replace by a folder; name the folder it points to";

        var full = Trim(RealPath.Of(given));
        if (full.Length == 0 || Path.GetDirectoryName(full) is null) return "it is the root of the file system";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && full == Trim(RealPath.Of(home))) return "it is the home folder";
        foreach (var source in sources.Select(s => Trim(RealPath.Of(s))))
        {
            if (IsWithin(source, full)) return "it holds the content or the templates";
            if (IsWithin(full, source)) return "it is inside the content or the templates";
        }
        if (File.Exists(Path.Combine(full, "Leaflet.sln")) || Path.Exists(Path.Combine(full, ".git"))) return "it is a repository";
        if (!OutputMarker.MayReplace(full))
            return $"it is not empty and has no {OutputMarker.FileName} file, so no Leaflet build wrote it; empty it, delete it or name another folder";

        var location = new OutputLocation(given);
        foreach (var sibling in new[] { location.Staging, location.Previous })
        {
            if (File.Exists(sibling) || new DirectoryInfo(sibling).LinkTarget is not null || !OutputMarker.MayReplace(sibling))
                return $"'{sibling}' is in the way: the build keeps its unfinished work there, and that was not left by a Leaflet build";
        }
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or anywhere below it.</summary>
    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path) => path.TrimEnd(Path.DirectorySeparatorChar);
}
