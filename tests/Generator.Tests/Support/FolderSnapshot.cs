namespace Leaflet.Tests.Support;

/// <summary>Every file under a folder with its bytes, to tell whether a folder stayed exactly as it was.</summary>
public sealed class FolderSnapshot
{
    private readonly SortedDictionary<string, byte[]> _files;

    private FolderSnapshot(SortedDictionary<string, byte[]> files) => _files = files;

    public IReadOnlyCollection<string> Files => _files.Keys;

    public static FolderSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(file);
        return new FolderSnapshot(files);
    }

    /// <summary>Fails with the first difference unless the folder holds the same files with the same bytes.</summary>
    public void AssertSameAs(FolderSnapshot other)
    {
        Assert.Equal(_files.Keys, other._files.Keys);
        foreach (var (path, bytes) in _files)
            Assert.True(bytes.AsSpan().SequenceEqual(other._files[path]), $"{path} changed");
    }
}
