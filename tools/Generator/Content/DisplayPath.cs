namespace Leaflet.Content;

/// <summary>Paths in diagnostics are relative to the working folder, as compilers print them, with '/' separators.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        if (relative.StartsWith("..", StringComparison.Ordinal)) relative = Path.GetFullPath(path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
