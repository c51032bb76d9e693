namespace Leaflet.Output;

/// <summary>
/// Deletes a site's folder tree on every core. Replacing output/ deletes the previous site, a
/// folder per page (4,000 files for 2,000 pages); unlinking is mostly waiting on the file system,
/// and folders of different pages do not share a lock, so the leaflet folders two levels down go
/// in parallel and what remains after them.
/// </summary>
internal static class FolderRemoval
{
    public static void Delete(string path)
    {
        if (!Directory.Exists(path)) return;
        // A symbolic link is left to the final delete, which removes the link and never what it points to.
        var folders = Directory.EnumerateDirectories(path)
            .Where(IsRealFolder)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(IsRealFolder)
            .ToList();
        Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(path, recursive: true);
    }

    private static bool IsRealFolder(string path) => (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0;
}
