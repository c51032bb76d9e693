namespace Leaflet.Output;

/// <summary>
/// A small file in every output folder, saying that Leaflet wrote it. The build replaces its output
/// folder whole, so it replaces only an empty folder or one carrying this mark: a mistyped
/// <c>--output</c> that names someone's documents is refused instead of deleted.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".leaflet-output";

    private const string Text = "This folder was written by Leaflet. The next build replaces it whole: keep nothing else here.\n";

    public static void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>A folder the build may delete or replace: missing, empty, or marked as an earlier output.</summary>
    public static bool MayReplace(string folder) =>
        !Directory.Exists(folder) || IsIn(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
