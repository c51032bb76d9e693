using Leaflet.Routing;

namespace Leaflet.Links;

/// <summary>
/// Resolves a relative path against a site path. Unlike a browser, which quietly clamps
/// "../" at the host's root, a link that climbs above the site root is reported: it works
/// only when the site is served from the root, not from a sub-path.
/// </summary>
internal static class SitePath
{
    /// <param name="basePath">A site path: a file ("ru/a/index.html"), a folder ("ru/") or the root ("").</param>
    /// <param name="reference">The path part of a link: no scheme, query or fragment.</param>
    /// <returns>The percent-decoded site path, or null when it climbs above the root.</returns>
    public static string? Resolve(string basePath, string reference) =>
        Resolve(basePath, basePath.Split('/')[..^1], reference);

    /// <param name="baseFolder">The folders of <paramref name="basePath"/>, when already split.</param>
    public static string? Resolve(string basePath, string[] baseFolder, string reference)
    {
        if (reference.Length == 0) return basePath;

        var segments = new List<string>(baseFolder.Length + 4);
        if (reference[0] == '/') reference = reference[1..];
        else segments.AddRange(baseFolder);

        var parts = reference.Split('/');
        var folder = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var part = UrlText.PercentDecode(parts[i]);
            folder = last;
            if (part == ".") continue;
            if (part == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            if (last && part.Length == 0) continue;
            segments.Add(part);
            folder = false;
        }
        var path = string.Join('/', segments);
        return folder && path.Length > 0 ? path + "/" : path;
    }
}
