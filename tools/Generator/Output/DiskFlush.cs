namespace Leaflet.Output;

/// <summary>
/// Makes what the build wrote survive a power cut before the renames that publish it: a rename can reach the disk
/// before the data of the files it names, leaving empty or old files behind a new folder entry. One syncfs writes
/// the whole staging folder's file system at once, letting the disk order the writes, rather than a blocking fsync
/// per file (docs/decisions/0092-fsync-before-publishing.md). Linux only, as the generator's native libraries are.
/// </summary>
internal static class DiskFlush
{
    /// <summary>Every file and folder written under <paramref name="folder"/> so far is on the disk when this returns.</summary>
    public static void FileSystemOf(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var handle = Posix.OpenFolder(folder);
        Posix.SyncFileSystem(handle, folder);
    }

    /// <summary>Each folder's entries (files made, renamed or deleted in it) are on the disk; a folder that does not exist is skipped.</summary>
    public static void Folders(params ReadOnlySpan<string> folders)
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            using var handle = Posix.OpenFolder(folder);
            Posix.Sync(handle, folder);
        }
    }
}
