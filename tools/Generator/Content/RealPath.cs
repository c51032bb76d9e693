namespace Leaflet.Content;

/// <summary>
/// The path a file really has once every symbolic link on the way is followed, so a link inside
/// content/ that points elsewhere cannot smuggle an outside file into the published site.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var links = 0;
        var pending = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            var target = new FileInfo(next).LinkTarget;
            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }
            var resolved = Path.GetFullPath(Path.Combine(current, target));
            var rest = pending.ToArray();
            pending = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = root;
        }
        return current;
    }

    public static bool IsInside(string path, string folder)
    {
        var real = Of(path);
        var realFolder = Of(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return real.StartsWith(realFolder, StringComparison.Ordinal);
    }
}
