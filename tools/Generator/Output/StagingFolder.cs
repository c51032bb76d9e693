using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Leaflet.Routing;

namespace Leaflet.Output;

/// <summary>Writes the files of one build under the staging folder, at the paths the routes give. Safe to use from several threads.</summary>
/// <param name="fileWriting">A test's hook, told each file's path in the site before it is written.</param>
public sealed class StagingFolder(string root, Action<string>? fileWriting = null) : IOutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Folders this build has made: a page and its two PDFs share one, and asking the file system
    // again for each file was a system call per file for nothing.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public string Root => root;

    /// <summary>
    /// Encodes into a pooled buffer and writes it with one call: File.WriteAllText also reserved the
    /// space, locked the file and trimmed it again, four more system calls for each of 2,000 pages.
    /// </summary>
    public void WriteText(Route route, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var file = File.OpenHandle(Prepare(route), FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void CopyFile(Route route, string source) => File.Copy(source, Prepare(route), overwrite: true);

    public Stream Create(Route route) => new FileStream(Prepare(route), FileMode.Create, FileAccess.Write);

    public long SizeOf(Route route) => new FileInfo(PathOf(route)).Length;

    public string PathOf(Route route) => Path.Combine(root, route.OutputPath.Replace('/', Path.DirectorySeparatorChar));

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

    private string Prepare(Route route)
    {
        fileWriting?.Invoke(route.OutputPath);
        var path = PathOf(route);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
        return path;
    }
}
