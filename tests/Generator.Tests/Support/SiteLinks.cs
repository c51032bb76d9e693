using System.Text.RegularExpressions;

namespace Leaflet.Tests.Support;

/// <summary>A link resolved to a file of the build: the file (relative to the output root) and the fragment, if any.</summary>
public sealed record LinkTarget(string File, string? Fragment);

/// <summary>
/// Resolves the links a page makes the way a browser would from where the page is served, and
/// maps between published files and their URLs. Written independently of the generator's routes,
/// so a test does not check the routes against themselves.
/// </summary>
public static partial class SiteLinks
{
    /// <summary>True for a link with a scheme (https:, mailto:…), which leaves the site.</summary>
    public static bool HasScheme(string href) => Scheme().IsMatch(href);

    /// <summary>
    /// Resolves a relative, fragment-only or root-relative link from a page. A root-relative link
    /// must start with the base URL's path. A folder resolves to its index.html, as a static host
    /// serves it. Returns null for a link that climbs above the site root or leaves the base path.
    /// </summary>
    /// <param name="page">The page's file, relative to the output root, e.g. "en/some-leaflet/index.html".</param>
    public static LinkTarget? Resolve(string page, string href, string basePath = "/")
    {
        var (path, fragment) = Split(href);
        if (path.Length == 0) return new LinkTarget(page, fragment);

        List<string> segments;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
            segments = [];
            path = path[basePath.Length..];
        }
        else
        {
            segments = page.Split('/')[..^1].ToList();
        }

        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Uri.UnescapeDataString(parts[i]);
            var last = i == parts.Length - 1;
            switch (part)
            {
                case "..":
                    if (segments.Count == 0) return null;
                    segments.RemoveAt(segments.Count - 1);
                    if (last) segments.Add("");
                    break;
                case ".":
                    if (last) segments.Add("");
                    break;
                default:
                    segments.Add(part);
                    break;
            }
        }
        if (segments.Count == 0 || segments[^1].Length == 0)
        {
            if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
            segments.Add("index.html");
        }
        return new LinkTarget(string.Join('/', segments), fragment);
    }

    /// <summary>The URL path a published file is served at: a folder's index.html at the folder.</summary>
    public static string UrlPathOf(string file) =>
        file == "index.html" ? ""
        : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length]
        : file;

    /// <summary>The published file an absolute URL of this site names, or null when it is not under the base URL.</summary>
    public static string? FileOf(Uri url, Uri baseUrl)
    {
        var text = url.GetLeftPart(UriPartial.Path);
        if (!text.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(text[baseUrl.AbsoluteUri.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static (string Path, string? Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        return hash < 0 ? (href, null) : (href[..hash], Uri.UnescapeDataString(href[(hash + 1)..]));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
