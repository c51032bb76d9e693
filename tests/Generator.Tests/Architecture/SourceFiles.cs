using Leaflet.Tests.Support;

namespace Leaflet.Tests.Architecture;

public static class SourceFiles
{
    /// <summary>Every hand-written .cs file under tools/, relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> UnderTools() => Under("tools");

    /// <summary>Every hand-written .cs file under a folder given relative to the repository root, in the same form.</summary>
    public static IReadOnlyList<string> Under(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Repository.Root, relative));
}
