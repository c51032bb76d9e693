using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace Leaflet.Output;

/// <summary>
/// The files and folders an earlier build left in the staging folder, found once when the build starts: each file
/// this build writes again is claimed, and what nobody claimed is deleted before the site is checked.
/// </summary>
/// <remarks>
/// Symbolic links are deleted at once: the build writes only through folders it made, so nothing it writes can land
/// outside the staging folder whatever an earlier tree holds.
/// </remarks>
internal sealed class RecycledFiles
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, EarlierFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly Lock _reshaping = new();

    private RecycledFiles(string root) => _root = root;

    public static RecycledFiles Under(string root)
    {
        var recycled = new RecycledFiles(root);
        var links = new List<string>();
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder, bool IsLink, EarlierFile File)>(root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                new EarlierFile(entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcDateTime)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var marker = Path.Combine(root, OutputMarker.FileName);
        foreach (var entry in entries)
        {
            if (entry.IsLink) links.Add(entry.Path);
            else if (entry.IsFolder) recycled._folders.TryAdd(entry.Path, true);
            else if (entry.Path != marker) recycled._files.TryAdd(entry.Path, entry.File);
        }
        foreach (var link in links) File.Delete(link);
        return recycled;
    }

    public bool HasFolder(string path) => _folders.ContainsKey(path);

    /// <returns>The earlier file at <paramref name="path"/>, now this build's to keep or rewrite; null when there was none.</returns>
    public EarlierFile? Claim(string path)
    {
        if (_files.TryRemove(path, out var earlier)) return earlier;
        if (_folders.ContainsKey(path))
            lock (_reshaping)
                if (_folders.TryRemove(path, out _))
                {
                    Directory.Delete(path, recursive: true);
                    var below = path + Path.DirectorySeparatorChar;
                    foreach (var gone in _files.Keys.Where(f => f.StartsWith(below, StringComparison.Ordinal))) _files.TryRemove(gone, out _);
                    foreach (var gone in _folders.Keys.Where(f => f.StartsWith(below, StringComparison.Ordinal))) _folders.TryRemove(gone, out _);
                }
        return null;
    }

    /// <summary>Deletes an earlier file where this build needs a folder (a page became a folder of pages).</summary>
    public void ClearWayTo(string folder)
    {
        lock (_reshaping)
        {
            for (var path = folder; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
                if (_files.TryRemove(path, out _)) File.Delete(path);
        }
    }

    /// <summary>Deletes every earlier file nobody claimed, and every earlier folder outside <paramref name="needed"/>.</summary>
    public void RemoveAllBut(IReadOnlySet<string> needed)
    {
        foreach (var file in _files.Keys) File.Delete(file);
        _files.Clear();
        // The topmost unneeded folders, each with what is left below it.
        foreach (var folder in _folders.Keys.Where(f => !needed.Contains(f) && needed.Contains(Path.GetDirectoryName(f)!)).Order(StringComparer.Ordinal))
            Directory.Delete(folder, recursive: true);
        _folders.Clear();
    }
}

internal sealed record EarlierFile(long Length, DateTime LastWrite);
