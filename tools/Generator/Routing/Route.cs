namespace Leaflet.Routing;

/// <summary>Where a file goes in the build and the URL path that serves it, both relative to the site root.</summary>
/// <param name="OutputPath">File path with '/' separators, e.g. "xx/some-leaflet/index.html".</param>
/// <param name="UrlPath">The clean URL path, e.g. "xx/some-leaflet/" for a page, the file path for anything else.</param>
public sealed record Route(string OutputPath, string UrlPath)
{
    public bool IsFolderUrl => UrlPath.Length == 0 || UrlPath.EndsWith('/');

    public static Route Page(string folder) =>
        folder.Length == 0 ? new Route("index.html", "") : new Route(folder + "/index.html", folder + "/");

    public static Route File(string path) => new(path, path);
}
