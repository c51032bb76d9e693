namespace Leaflet.Links;

internal enum TargetStatus
{
    Found,
    Missing,
    WrongCase,
    FolderWithoutIndex,
}

/// <param name="File">For Found, the file served; for WrongCase, the path that exists in another letter case.</param>
internal sealed record TargetLookup(TargetStatus Status, string File = "");

/// <summary>
/// The files of one build, looked up as a static host does: case-sensitively, and a folder
/// by its index.html. Paths are relative to the site root with '/' separators.
/// </summary>
internal sealed class SiteIndex
{
    public const string IndexFile = "index.html";

    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;
    private readonly Dictionary<string, string> _byLowerCase;

    private SiteIndex(HashSet<string> files, HashSet<string> folders)
    {
        _files = files;
        _folders = folders;
        _byLowerCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in files.Concat(folders).Order(StringComparer.Ordinal)) _byLowerCase.TryAdd(path, path);
    }

    public IReadOnlyCollection<string> Files => _files;

    public static SiteIndex Of(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        string Relative(string full) => Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(Relative);
        var folders = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(Relative);
        return new SiteIndex(files.ToHashSet(StringComparer.Ordinal), folders.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>An index of files held elsewhere (in memory, for serve); their folders are implied by the paths.</summary>
    public static SiteIndex Of(IEnumerable<string> files)
    {
        var fileSet = files.ToHashSet(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in fileSet)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
                if (!folders.Add(file[..slash])) break;
        }
        return new SiteIndex(fileSet, folders);
    }

    public static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public TargetLookup Find(string path)
    {
        var folder = path.Length == 0 || path.EndsWith('/') ? path.TrimEnd('/') : null;
        if (folder is null && _files.Contains(path)) return new TargetLookup(TargetStatus.Found, path);

        // A folder named without its trailing slash is redirected to it by static hosts.
        folder ??= _folders.Contains(path) ? path : null;
        if (folder is not null)
        {
            var index = folder.Length == 0 ? IndexFile : $"{folder}/{IndexFile}";
            if (_files.Contains(index)) return new TargetLookup(TargetStatus.Found, index);
            if (folder.Length == 0 || _folders.Contains(folder)) return new TargetLookup(TargetStatus.FolderWithoutIndex);
            path = index;
        }
        return _byLowerCase.TryGetValue(path, out var other)
            ? new TargetLookup(TargetStatus.WrongCase, other)
            : new TargetLookup(TargetStatus.Missing);
    }
}
