using System.Security.Cryptography;

namespace Leaflet.Tests.Support;

/// <summary>A SHA-256 of every file under a folder, by path: a site of thousands of files compared byte for byte without holding it.</summary>
public sealed class TreeHash
{
    private readonly SortedDictionary<string, string> _files;

    private TreeHash(SortedDictionary<string, string> files) => _files = files;

    public int Count => _files.Count;

    public static TreeHash Of(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            files[Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')] = Convert.ToHexString(SHA256.HashData(stream));
        }
        return new TreeHash(files);
    }

    public bool Matches(TreeHash other) =>
        _files.Count == other._files.Count && _files.All(f => other._files.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>Fails naming the first file missing, added or changed.</summary>
    public void AssertSameAs(TreeHash expected, string what)
    {
        var missing = expected._files.Keys.Except(_files.Keys, StringComparer.Ordinal).FirstOrDefault();
        var added = _files.Keys.Except(expected._files.Keys, StringComparer.Ordinal).FirstOrDefault();
        var changed = _files.FirstOrDefault(f => expected._files.TryGetValue(f.Key, out var hash) && hash != f.Value).Key;
        Assert.True(missing is null && added is null && changed is null,
            $"{what}: {(missing is not null ? $"{missing} is missing" : added is not null ? $"{added} was added" : $"{changed} changed")}");
    }
}
