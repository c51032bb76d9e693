using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Leaflet.Routing;

namespace Leaflet.Output;

/// <summary>
/// Writes the files of one build under the staging folder, at the paths the routes give. Safe to use from several threads.
/// </summary>
/// <remarks>
/// The staging folder may hold the files of the site before last (<see cref="AtomicPublisher"/>, and
/// docs/decisions/0031-recycled-staging-folder.md): a file whose bytes are already there is left as it is, any other
/// is replaced, and whatever this build did not write is deleted by <see cref="RemoveWhatThisBuildDidNotWrite"/>.
/// Either way, once that has run the folder holds this build's files and nothing else.
/// </remarks>
/// <param name="root">The staging folder.</param>
/// <param name="published">The output folder the staging folder will replace, whose files' times unchanged files keep.</param>
/// <param name="now">The build's moment, the time a file kept from the site before last is given when output/ has other bytes.</param>
/// <param name="fileWriting">A test's hook, told each file's path in the site before it is written.</param>
public sealed class StagingFolder(string root, string? published = null, DateTimeOffset now = default, Action<string>? fileWriting = null) : IOutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RecycledFiles _earlier = RecycledFiles.Under(root);

    // Folders this build has made or found: a page and its two PDFs share one, and the file system
    // is asked for each folder once (docs/decisions/0012-folders-made-once-per-build.md).
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public string Root => root;

    public void WriteText(Route route, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Write(route, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void CopyFile(Route route, string source) => Write(route, File.ReadAllBytes(source));

    /// <summary>The bytes are kept in memory until the stream is disposed, so an unchanged file need not be written at all.</summary>
    public Stream Create(Route route)
    {
        fileWriting?.Invoke(route.OutputPath);
        return new PendingFile(bytes => Store(route, bytes));
    }

    public string PathOf(Route route) => Under(root, route);

    /// <summary>
    /// Deletes the files and folders of the earlier site that this build did not write, so that the staging folder
    /// holds this build's site and nothing else before the link check reads it.
    /// </summary>
    public void RemoveWhatThisBuildDidNotWrite()
    {
        var needed = new HashSet<string>(StringComparer.Ordinal) { root };
        foreach (var folder in _folders.Keys)
            for (var path = folder; path.Length > root.Length && needed.Add(path);)
                path = Path.GetDirectoryName(path)!;
        _earlier.RemoveAllBut(needed);
    }

    /// <summary>
    /// Gives every file and folder the same time, so that copies, archives and web servers' Last-Modified
    /// headers of two builds of the same content agree as their bytes do.
    /// </summary>
    public void Stamp(DateTimeOffset time)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, time.UtcDateTime);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
            Directory.SetLastWriteTimeUtc(folder, time.UtcDateTime);
    }

    private void Write(Route route, ReadOnlySpan<byte> bytes)
    {
        fileWriting?.Invoke(route.OutputPath);
        Store(route, bytes);
    }

    private void Store(Route route, ReadOnlySpan<byte> bytes)
    {
        var path = PathOf(route);
        EnsureFolder(Path.GetDirectoryName(path)!);
        var earlier = _earlier.Claim(path);
        var kept = earlier is not null && earlier.Length == bytes.Length && SameBytes(path, bytes);
        if (!kept)
        {
            // A new file, never the earlier one truncated: that inode may also be a hard link in someone's copy
            // of an earlier site, or read-only.
            if (earlier is not null) File.Delete(path);
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(file, bytes, 0);
        }
        KeepTimeOfPublished(route, path, bytes, kept ? earlier!.LastWrite : null);
    }

    /// <summary>
    /// A file whose bytes output/ already has takes its time from there, so web servers' Last-Modified, caches and
    /// uploads that compare times see it unchanged. A file kept from the site before last whose bytes output/ does
    /// not have must look new: its own older time would let a server answer "not modified" for a changed file.
    /// </summary>
    private void KeepTimeOfPublished(Route route, string path, ReadOnlySpan<byte> bytes, DateTime? keptTime)
    {
        if (published is null) return;
        var current = Under(published, route);
        if (SameBytes(current, bytes))
        {
            var time = File.GetLastWriteTimeUtc(current);
            if (keptTime != time) File.SetLastWriteTimeUtc(path, time);
        }
        else if (keptTime is not null)
        {
            File.SetLastWriteTimeUtc(path, now.UtcDateTime);
        }
    }

    private static string Under(string folder, Route route) => Path.Combine(folder, route.OutputPath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>True when a regular file is at <paramref name="path"/> and holds exactly <paramref name="bytes"/>.</summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            var read = 0;
            for (int n; read < buffer.Length && (n = RandomAccess.Read(file, buffer.AsSpan(read), read)) > 0;) read += n;
            return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        if (!_earlier.HasFolder(folder))
        {
            _earlier.ClearWayTo(folder);
            Directory.CreateDirectory(folder);
        }
        _folders.TryAdd(folder, true);
    }

    /// <summary>A file that is complete when disposed.</summary>
    private sealed class PendingFile(Action<ReadOnlySpan<byte>> complete) : MemoryStream
    {
        private bool _completed;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_completed)
            {
                _completed = true;
                complete(GetBuffer().AsSpan(0, (int)Length));
            }
            base.Dispose(disposing);
        }
    }
}
